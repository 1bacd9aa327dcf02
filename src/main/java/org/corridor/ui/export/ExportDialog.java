package org.corridor.ui.export;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.corridor.export.NotesExporter;
import org.corridor.notes.Tag;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.DateInput;

/** File ▸ Export notes…: format, scope, options, destination, a preview, and progress while it runs. */
public final class ExportDialog {

    private final ExportViewModel model;
    private final ExportChoices choices;
    private final Background background;
    private final Stage stage = new Stage();

    public ExportDialog(ExportViewModel model, ExportChoices choices, Background background) {
        this.model = model;
        this.choices = choices;
        this.background = background;
    }

    public void show(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export notes");
        Scene scene = new Scene(content(), 760, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    public Stage stage() {
        return stage;
    }

    private VBox content() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Format"), formatBox());
        form.addRow(1, new Label("Notes to export"), scopeBox());
        form.addRow(2, new Label("Options"), optionsBox());
        form.addRow(3, new Label("Save to"), destinationBox());
        TextArea preview = new TextArea();
        preview.setId("export-preview");
        preview.setEditable(false);
        preview.setPrefRowCount(14);
        preview.textProperty().bind(model.previewProperty());
        preview.getStyleClass().add("export-preview");
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(background.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button export = new Button("Export");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.busyProperty().or(model.destinationProperty().isNull()));
        export.setOnAction(e -> exportUnlessUserKeepsExistingFile());
        Button cancel = new Button("Cancel export");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> background.cancelCurrent());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, progress, cancel, export, close);
        HBox.setHgrow(progress, Priority.ALWAYS);
        VBox root = new VBox(10, form, new Label("Preview (first lines)"), preview, message, buttons);
        root.setPadding(new Insets(14));
        root.setId("export-dialog");
        return root;
    }

    private ComboBox<NotesExporter> formatBox() {
        ComboBox<NotesExporter> formats = new ComboBox<>();
        formats.setId("export-format");
        formats.getItems().setAll(model.formats());
        formats.setCellFactory(v -> new FormatCell());
        formats.setButtonCell(new FormatCell());
        formats.valueProperty().bindBidirectional(model.formatProperty());
        return formats;
    }

    private VBox scopeBox() {
        ComboBox<ExportScopeKind> kinds = new ComboBox<>();
        kinds.setId("export-scope");
        kinds.getItems().setAll(ExportScopeKind.values());
        kinds.valueProperty().bindBidirectional(model.scopeKindProperty());
        ListView<Tag> tags = new ListView<>(model.tags());
        tags.setId("export-tags");
        tags.setPrefHeight(110);
        tags.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tags.setCellFactory(v -> new TagCell());
        tags.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Tag>) c ->
                model.chosenTags().setAll(tags.getSelectionModel().getSelectedItems()));
        showOnlyFor(tags, kinds, ExportScopeKind.TAGS);
        VBox dates = dateRange();
        showOnlyFor(dates, kinds, ExportScopeKind.DATES);
        return new VBox(6, kinds, tags, dates);
    }

    /** The from and to pickers read typed dates as the search bar's do, and say below when they cannot. */
    private VBox dateRange() {
        Label problem = new Label();
        problem.setId("export-date-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        DatePicker from = datePicker("export-from", "Export from date", problem);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("export-to", "Export to date", problem);
        to.valueProperty().bindBidirectional(model.toProperty());
        return new VBox(4, new HBox(8, from, new Label("to"), to), problem);
    }

    private static DatePicker datePicker(String id, String name, Label problem) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(name);
        DateInput.install(picker, problem::setText);
        return picker;
    }

    private static void showOnlyFor(Node node, ComboBox<ExportScopeKind> kinds, ExportScopeKind kind) {
        node.visibleProperty().bind(kinds.valueProperty().isEqualTo(kind));
        node.managedProperty().bind(node.visibleProperty());
    }

    private VBox optionsBox() {
        CheckBox byTag = check("Group by tag instead of by article", "export-group-by-tag", model.groupByTagProperty(), "md");
        CheckBox front = check("YAML front matter (title, date, scope)", "export-front-matter", model.frontMatterProperty(), "md");
        CheckBox perTag = check("One row per annotation and tag", "export-row-per-tag", model.rowPerTagProperty(), "csv");
        CheckBox bom = check("Byte-order mark, for Excel", "export-bom", model.byteOrderMarkProperty(), "csv", "entities");
        CheckBox raw = check("Raw values for analysis tools (no apostrophe before = + - @)",
                "export-csv-raw", model.csvRawProperty(), "csv", "entities");
        CheckBox onePer = check("One file per annotation (zip)", "export-one-per-annotation", model.onePerAnnotationProperty(), "webanno");
        TextField title = new TextField();
        title.setId("export-title");
        title.setPromptText("Title");
        title.textProperty().bindBidirectional(model.titleProperty());
        HBox titleRow = new HBox(6, new Label("Title"), title);
        showFor(titleRow, "md", "html", "webanno", "qdpx");
        return new VBox(4, byTag, front, perTag, bom, raw, onePer, titleRow);
    }

    private CheckBox check(String text, String id, BooleanProperty value, String... formats) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        showFor(box, formats);
        return box;
    }

    private void showFor(Node node, String... formats) {
        Set<String> ids = Set.of(formats);
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> model.formatProperty().get() != null && ids.contains(model.formatProperty().get().id()),
                model.formatProperty());
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private HBox destinationBox() {
        TextField path = new TextField();
        path.setId("export-destination");
        path.setPromptText("Choose a file…");
        HBox.setHgrow(path, Priority.ALWAYS);
        path.textProperty().addListener((o, a, text) -> {
            Path typed = text == null || text.isBlank() ? null : Path.of(text.strip());
            if (!Objects.equals(typed, model.destinationProperty().get())) {
                model.destinationProperty().set(typed);
            }
        });
        model.destinationProperty().addListener((o, a, p) -> {
            String text = p == null ? "" : p.toString();
            if (!text.equals(path.getText())) {
                path.setText(text);
            }
        });
        Button choose = new Button("Choose…");
        choose.setId("export-choose");
        choose.setOnAction(e -> chooseDestination());
        return new HBox(6, path, choose);
    }

    private void chooseDestination() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export notes to");
        String extension = model.formatProperty().get().fileExtension(model.options());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                model.formatProperty().get().label(), "*." + extension));
        chooser.setInitialFileName(model.suggestedFileName());
        Path folder = choices.lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.destinationProperty().set(file.toPath());
        }
    }

    /** Exports, after the user agreed to replace the file when one is there already (Cancel keeps it). */
    private void exportUnlessUserKeepsExistingFile() {
        Path target = model.destinationProperty().get();
        if (target == null || !Files.exists(target) || userAgreesToReplace(target)) {
            model.export();
        }
    }

    private boolean userAgreesToReplace(Path target) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "“" + target.getFileName() + "” already exists in "
                + target.toAbsolutePath().getParent() + ". Replacing it overwrites what it holds now.", replace, keep);
        ask.initOwner(stage);
        ask.setTitle("Export notes");
        ask.setHeaderText("Replace the existing file?");
        Button replaceButton = (Button) ask.getDialogPane().lookupButton(replace);
        replaceButton.setId("export-replace");
        replaceButton.setDefaultButton(false);
        Button keepButton = (Button) ask.getDialogPane().lookupButton(keep);
        keepButton.setId("export-keep");
        keepButton.setDefaultButton(true);
        return ask.showAndWait().filter(replace::equals).isPresent();
    }

    /** Shows a format by its label. */
    private static final class FormatCell extends ListCell<NotesExporter> {
        @Override
        protected void updateItem(NotesExporter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }

    /** Shows a tag by its name. */
    private static final class TagCell extends ListCell<Tag> {
        @Override
        protected void updateItem(Tag item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
