package org.corridor.ui.notes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.corridor.notes.Codebook;
import org.corridor.notes.CodebookEdits;
import org.corridor.notes.Tag;

/**
 * The small window that tags a passage: type to find a tag (or create one with that name), Enter applies, Shift+
 * Enter adds the tag and keeps the window open for another, Ctrl+Enter makes a new tag even when a longer name
 * matches, a click ticks several; Esc cancels.
 */
final class TagPicker {

    private final NotesSession session;
    private final Consumer<List<String>> onChosen;
    private final Set<String> checked = new LinkedHashSet<>();
    private final TextField search = new TextField();
    private final ListView<Tag> list = new ListView<>();
    private final Stage stage = new Stage(StageStyle.UTILITY);

    private TagPicker(NotesSession session, Consumer<List<String>> onChosen) {
        this.session = session;
        this.onChosen = onChosen;
    }

    /**
     * Opens the picker over {@code owner}, just below {@code near} (the passage on screen) when it is known, so
     * the eye need not leave the text; {@code onChosen} gets the chosen tag ids (new tags already created).
     */
    static void show(Window owner, Bounds near, NotesSession session, Consumer<List<String>> onChosen) {
        new TagPicker(session, onChosen).open(owner, near);
    }

    private void open(Window owner, Bounds near) {
        search.setPromptText("Type a tag, or a new name");
        search.setId("tag-picker-search");
        list.setId("tag-picker-list");
        list.setPrefHeight(260);
        list.setCellFactory(v -> new TagRow());
        search.textProperty().addListener((o, a, text) -> filter(text));
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        filter("");

        Button apply = new Button("Apply");
        apply.setId("tag-picker-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> stage.close());
        Label hint = new Label("Enter: apply · Shift+Enter: add another · Ctrl+Enter: new tag · Esc: cancel");
        hint.getStyleClass().add("tag-picker-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(6, search, list, hint, new HBox(6, spacer, cancel, apply));
        root.setPadding(new Insets(8));
        root.getStyleClass().add("tag-picker");

        Scene scene = new Scene(root, 320, 380);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        stage.setScene(scene);
        stage.setTitle("Tag passage");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        if (near != null) {
            placeBelow(near, scene.getWidth(), scene.getHeight());
        }
        stage.show();
        search.requestFocus();
    }

    /** Below the passage, or above it when there is no room below, and always on the passage's screen. */
    private void placeBelow(Bounds near, double width, double height) {
        Rectangle2D screen = Screen.getScreensForRectangle(near.getMinX(), near.getMinY(), near.getWidth(),
                near.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = Math.max(screen.getMinX(), Math.min(near.getMinX(), screen.getMaxX() - width));
        double below = near.getMaxY() + 6;
        double y = below + height <= screen.getMaxY() ? below : Math.max(screen.getMinY(), near.getMinY() - height - 6);
        stage.setX(x);
        stage.setY(y);
    }

    private void filter(String text) {
        Codebook codebook = session.snapshot().codebook();
        String q = text.strip().toLowerCase(Locale.ROOT);
        list.getItems().setAll(codebook.treeOrder().stream()
                .filter(t -> q.isEmpty() || codebook.path(t.id()).toLowerCase(Locale.ROOT).contains(q)).toList());
        list.getSelectionModel().clearSelection();
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(bestMatch(q));
        }
    }

    /** An exact name first, then a name that starts with the text, then the first row. */
    private int bestMatch(String q) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).name().toLowerCase(Locale.ROOT).equals(q)) {
                return i;
            }
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).name().toLowerCase(Locale.ROOT).startsWith(q)) {
                return i;
            }
        }
        return 0;
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                takeCurrent(e.isShortcutDown());
                if (e.isShiftDown()) {
                    search.clear();
                    search.requestFocus();
                } else {
                    apply();
                }
                e.consume();
            }
            case DOWN, UP -> {
                if (e.getTarget() == search) {
                    int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    list.getSelectionModel().select(Math.max(0, Math.min(list.getItems().size() - 1, i)));
                    e.consume();
                }
            }
            case ESCAPE -> {
                stage.close();
                e.consume();
            }
            default -> {
                // typing goes to the search field
            }
        }
    }

    /**
     * Ticks the highlighted tag, or creates a top-level tag named as typed when nothing matches (or when
     * {@code create} asks for it although some longer name matches).
     */
    private void takeCurrent(boolean create) {
        String typed = search.getText().strip();
        Tag highlighted = list.getSelectionModel().getSelectedItem();
        boolean exact = highlighted != null && highlighted.name().equalsIgnoreCase(typed);
        if (!typed.isEmpty() && !exact && (create || list.getItems().isEmpty())) {
            Tag created = CodebookEdits.newTag(session.snapshot().codebook(), typed, null);
            if (session.perform(s -> session.codebookEdits().create(s, created))) {
                checked.add(created.id());
            }
        } else if (highlighted != null && (checked.isEmpty() || !typed.isEmpty())) {
            checked.add(highlighted.id());
        }
        filter(search.getText());
    }

    private void apply() {
        stage.close();
        if (!checked.isEmpty()) {
            onChosen.accept(List.copyOf(checked));
        }
    }

    /** A row: a tick box, the colour and the tag's path. */
    private final class TagRow extends ListCell<Tag> {
        @Override
        protected void updateItem(Tag tag, boolean empty) {
            super.updateItem(tag, empty);
            if (empty || tag == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CheckBox box = new CheckBox();
            box.setFocusTraversable(false);
            box.setMouseTransparent(true);
            box.setSelected(checked.contains(tag.id()));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    checked.add(tag.id());
                } else {
                    checked.remove(tag.id());
                }
            });
            Label name = new Label(session.snapshot().codebook().path(tag.id()));
            setGraphic(new HBox(6, box, TagStyles.swatch(tag.color()), name));
            setText(null);
            setOnMouseClicked(e -> box.setSelected(!box.isSelected()));
        }
    }
}
