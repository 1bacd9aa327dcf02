package org.corridor.ui.entities;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.corridor.entities.Category;
import org.corridor.entities.lexicon.LexiconEntry;
import org.corridor.entities.user.Correction;

/** The small dialogs of the user's corrections: mark a text as an entity, or as another name of one. */
final class CorrectionDialogs {

    private static final Map<Category, List<String>> KINDS = Map.of(
            Category.ACTOR, List.of("person", "organisation", "country"),
            Category.INITIATIVE, List.of("programme", "project", "framework", "agreement", "mechanism"),
            Category.PLACE, List.of("city", "province", "region", "port", "route", "district", "site", "waterway"),
            Category.DATE, List.of("date"));

    private CorrectionDialogs() {
    }

    /** "Mark as …": category, kind and canonical name of a new user entity; {@code preset} may be an existing one. */
    static Optional<Correction> mark(Window owner, String text, Category category, Correction preset) {
        Dialog<Correction> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Mark as entity");
        dialog.setHeaderText("“" + text + "” is…");
        ChoiceBox<Category> categories = new ChoiceBox<>(FXCollections.observableArrayList(Category.values()));
        categories.setId("mark-category");
        categories.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? "" : EntityWords.category(c);
            }

            @Override
            public Category fromString(String text) {
                throw new UnsupportedOperationException("the categories are chosen, never typed");
            }
        });
        ComboBox<String> kinds = new ComboBox<>();
        kinds.setId("mark-kind");
        kinds.setEditable(true);
        categories.valueProperty().addListener((o, a, c) -> {
            kinds.getItems().setAll(KINDS.get(c));
            kinds.setValue(KINDS.get(c).get(0));
        });
        TextField label = new TextField(preset != null && preset.label() != null ? preset.label() : text);
        label.setId("mark-label");
        categories.setValue(category);
        if (preset != null && preset.kind() != null) {
            kinds.setValue(preset.kind());
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Category"), categories);
        grid.addRow(1, new Label("Kind"), kinds);
        grid.addRow(2, new Label("Name"), label);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && categories.getValue() != null
                ? Correction.entity(text, categories.getValue(), kinds.getValue(), label.getText().strip()) : null);
        return dialog.showAndWait();
    }

    /** "Add as alias of…": pick the entity, with a filter over the lexicon. */
    static Optional<Correction> alias(Window owner, String text, Collection<LexiconEntry> entities) {
        Dialog<Correction> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add as alias");
        dialog.setHeaderText("“" + text + "” is another name of…");
        FilteredList<LexiconEntry> shown = new FilteredList<>(FXCollections.observableArrayList(entities));
        TextField filter = new TextField();
        filter.setId("alias-filter");
        filter.setPromptText("Type to filter");
        filter.textProperty().addListener((o, a, f) -> {
            String needle = f.toLowerCase(Locale.ROOT);
            shown.setPredicate(e -> e.label() != null && e.label().toLowerCase(Locale.ROOT).contains(needle));
        });
        ListView<LexiconEntry> list = new ListView<>(shown);
        list.setId("alias-entities");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LexiconEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.label() + "  (" + e.kind() + ")");
            }
        });
        list.setPrefSize(420, 300);
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null
                ? Correction.alias(text, list.getSelectionModel().getSelectedItem().id()) : null);
        filter.requestFocus();
        return dialog.showAndWait();
    }
}
