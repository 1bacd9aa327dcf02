package org.corridor.ui.entities;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.corridor.entities.Category;
import org.corridor.entities.lexicon.LexiconEntry;
import org.corridor.entities.user.Correction;
import org.corridor.entities.user.CorrectionType;
import org.corridor.ui.common.AppAction;
import org.corridor.ui.common.Placeholder;

/** Lists the user's corrections of the recogniser; each can be edited or removed. */
final class CorrectionsDialog {

    private final EntitiesViewModel model;
    private final Window owner;
    private final TableView<Correction> table = new TableView<>();

    private CorrectionsDialog(EntitiesViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    static void show(EntitiesViewModel model, Window owner) {
        new CorrectionsDialog(model, owner).open();
    }

    private void open() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Recogniser corrections");
        dialog.setHeaderText("What you taught the recogniser in this workspace. It applies to every article.");
        table.setId("corrections-table");
        table.setPrefSize(640, 320);
        table.setPlaceholder(Placeholder.of("No corrections yet. Select a name in an article and press "
                + AppAction.MARK_ENTITY.accelerator().getDisplayText() + " to mark it as an entity, or right-click a "
                + "highlighted name to correct it."));
        table.getColumns().add(column("Correction", c -> switch (c.type()) {
            case ENTITY -> "is an entity";
            case ALIAS -> "is an alias";
            case NOT_ENTITY -> "not an entity";
        }));
        table.getColumns().add(column("Text", Correction::text));
        table.getColumns().add(column("Meaning", this::meaning));
        table.getColumns().add(column("Made", c -> c.created() == null ? "" : c.created().replace('T', ' ')));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reload();
        model.correctionsVersionProperty().addListener((o, a, v) -> reload());
        Button edit = new Button("Edit…");
        edit.setId("correction-edit");
        Button remove = new Button("Remove");
        remove.setId("correction-remove");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        remove.setOnAction(e -> {
            model.removeCorrection(table.getSelectionModel().getSelectedItem().id());
        });
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(8, edit, remove)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private void reload() {
        table.getItems().setAll(model.corrections());
    }

    /** In words: "Actor · person · Hunza Apricot Guild", or the name of the entity an alias points to. */
    private String meaning(Correction c) {
        return switch (c.type()) {
            case ENTITY -> {
                Category category = LexiconEntry.parseCategory(c.category());
                yield (category == null ? c.category() : EntityWords.category(category)) + " · " + c.kind()
                        + (c.label() == null ? "" : " · " + c.label());
            }
            case ALIAS -> model.knownEntities().stream().filter(e -> e.id().equals(c.entity())).findFirst()
                    .map(LexiconEntry::label).orElse(c.entity());
            case NOT_ENTITY -> "";
        };
    }

    private void edit(Correction c) {
        java.util.Optional<Correction> edited;
        if (c.type() == CorrectionType.ENTITY) {
            Category category = LexiconEntry.parseCategory(c.category());
            edited = CorrectionDialogs.mark(owner, c.text(), category == null ? Category.ACTOR : category, c);
        } else if (c.type() == CorrectionType.ALIAS) {
            edited = CorrectionDialogs.alias(owner, c.text(), model.knownEntities());
        } else {
            TextInputDialog input = new TextInputDialog(c.text());
            input.initOwner(owner);
            input.setHeaderText("Text that is not an entity");
            edited = input.showAndWait().filter(t -> !t.isBlank()).map(Correction::notEntity);
        }
        edited.ifPresent(e -> {
            model.updateCorrection(new Correction(c.id(), e.type(), e.text(), e.category(), e.kind(), e.entity(),
                    e.label(), c.created()));
        });
    }

    private static TableColumn<Correction, String> column(String title, java.util.function.Function<Correction, String> f) {
        TableColumn<Correction, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return col;
    }
}
