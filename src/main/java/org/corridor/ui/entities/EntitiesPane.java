package org.corridor.ui.entities;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.corridor.entities.Mention;
import org.corridor.ui.common.Placeholder;

/**
 * The side panel's "Entities" tab: the article's entities grouped by layer with their counts (sortable by
 * any column), the 5 Es and the five corridors with the members this article mentions, and every mention
 * of the selected entity; choosing one of those shows it in the text.
 */
public final class EntitiesPane extends VBox {

    /** Wide enough for the "Mentions" header and its sort arrow. */
    private static final double COUNT_WIDTH = 100;
    /** Kept free so that a vertical scroll bar never pushes the columns into a horizontal one. */
    private static final double SCROLL_BAR_ROOM = 18;
    /** What an entity's text cannot use of its column: the cell's padding and the tree's indent. */
    private static final double UNUSABLE_WIDTH = 46;

    private final EntitiesViewModel model;
    private final TreeTableView<EntitySummary> tree = new TreeTableView<>();
    private final ListView<Mention> mentionList = new ListView<>();
    private final Label mentionsTitle = new Label("Mentions");
    private final GroupsView groups;
    private boolean syncing;

    public EntitiesPane(EntitiesViewModel model, Consumer<Mention> showInText) {
        this.model = model;
        getStyleClass().add("entities-pane");
        setId("entities-pane");
        setSpacing(6);
        setPadding(new Insets(6));
        groups = new GroupsView(model, showInText);
        buildTree();
        mentionList.setId("entity-mentions");
        mentionList.setCellFactory(v -> new MentionCell(model));
        mentionList.setOnMouseClicked(e -> choose(mentionList.getSelectionModel().getSelectedItem(), showInText));
        mentionList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                choose(mentionList.getSelectionModel().getSelectedItem(), showInText);
            }
        });
        mentionList.setPrefHeight(160);
        mentionsTitle.getStyleClass().add("entities-heading");
        Label groupsTitle = new Label("Groups");
        groupsTitle.getStyleClass().add("entities-heading");
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(tree, groupsTitle, groups, mentionsTitle, mentionList);

        model.entitiesProperty().addListener((o, a, list) -> fill(list));
        model.selectedProperty().addListener((o, a, s) -> showSelected(s));
        fill(model.entitiesProperty().get());
    }

    private static void choose(Mention m, Consumer<Mention> showInText) {
        if (m != null) {
            showInText.accept(m);
        }
    }

    /**
     * Column widths follow the panel's width only, never the article's content (which made them jump from one
     * article to the next): the count gets room for its header, the entity the rest, its name and kind wrapping
     * inside it (a kind column of its own left names too little room in a narrow panel).
     */
    private void buildTree() {
        tree.setId("entities-tree");
        tree.setShowRoot(false);
        tree.setPlaceholder(Placeholder.of("Open an article to see its actors, initiatives, places and dates."));
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        TreeTableColumn<EntitySummary, EntitySummary> entity = new TreeTableColumn<>("Entity");
        entity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        entity.setCellFactory(c -> new EntityCell());
        entity.setComparator(Comparator.comparing(EntitiesPane::nameOf, String.CASE_INSENSITIVE_ORDER));
        entity.prefWidthProperty().bind(tree.widthProperty().subtract(COUNT_WIDTH + SCROLL_BAR_ROOM));
        entity.setResizable(false);
        TreeTableColumn<EntitySummary, Number> count = new TreeTableColumn<>("Mentions");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(countOf(c.getValue())));
        count.setPrefWidth(COUNT_WIDTH);
        count.setMinWidth(COUNT_WIDTH);
        count.setResizable(false);
        tree.getColumns().setAll(List.of(entity, count));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue() != null && item.getValue().key() != null) {
                model.select(item.getValue());
            }
        });
    }

    /** A category row shows the category, an entity row the entity's name. */
    private static String nameOf(EntitySummary s) {
        return s.key() == null ? s.layer().label() : s.name();
    }

    private static String kindOf(EntitySummary s) {
        if (s.key() == null) {
            return "";
        }
        return s.group() == null ? s.kind() : s.kind() + " · " + GroupStatus.TITLES.getOrDefault(s.group(), s.group());
    }

    /** Category rows count all mentions of their entities. */
    private static int countOf(TreeItem<EntitySummary> item) {
        if (item.getValue().key() != null) {
            return item.getValue().count();
        }
        return item.getChildren().stream().mapToInt(c -> c.getValue().count()).sum();
    }

    private void fill(List<EntitySummary> entities) {
        syncing = true;
        TreeItem<EntitySummary> root = new TreeItem<>();
        for (MentionLayer layer : MentionLayer.values()) {
            TreeItem<EntitySummary> category = new TreeItem<>(new EntitySummary(null, layer.label(), layer, "", null,
                    List.of()));
            for (EntitySummary e : entities) {
                if (e.layer() == layer) {
                    category.getChildren().add(new TreeItem<>(e));
                }
            }
            if (!category.getChildren().isEmpty()) {
                category.setExpanded(true);
                root.getChildren().add(category);
            }
        }
        tree.setRoot(root);
        tree.sort();
        syncing = false;
        groups.refresh();
        showSelected(model.selectedProperty().get());
    }

    private void showSelected(EntitySummary selected) {
        syncing = true;
        if (selected == null) {
            tree.getSelectionModel().clearSelection();
            mentionList.getItems().clear();
            mentionsTitle.setText("Mentions (choose an entity)");
        } else {
            for (TreeItem<EntitySummary> category : tree.getRoot().getChildren()) {
                for (TreeItem<EntitySummary> item : category.getChildren()) {
                    if (item.getValue().key().equals(selected.key())) {
                        tree.getSelectionModel().select(item);
                        tree.scrollTo(tree.getRow(item));
                    }
                }
            }
            mentionList.getItems().setAll(selected.mentions());
            mentionsTitle.setText("Mentions of " + selected.name() + " (" + selected.count() + ")");
        }
        syncing = false;
    }

    /** An entity's name and, below it in smaller type, its kind; both wrap to the column's width. */
    private static final class EntityCell extends TreeTableCell<EntitySummary, EntitySummary> {
        private final Text name = new Text();
        private final Text kind = new Text();
        private final VBox lines = new VBox(name, kind);

        EntityCell() {
            name.getStyleClass().add("entities-name-text");
            kind.getStyleClass().add("entities-kind-text");
            tableColumnProperty().addListener((o, old, column) -> {
                if (column != null) {
                    name.wrappingWidthProperty().bind(column.widthProperty().subtract(UNUSABLE_WIDTH));
                    kind.wrappingWidthProperty().bind(column.widthProperty().subtract(UNUSABLE_WIDTH));
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(EntitySummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            name.setText(nameOf(s));
            kind.setText(kindOf(s));
            kind.setVisible(!kind.getText().isEmpty());
            kind.setManaged(kind.isVisible());
            setGraphic(lines);
        }
    }

    /** A mention with a little of the text around it. */
    private static final class MentionCell extends ListCell<Mention> {
        private static final int CONTEXT = 30;
        private final EntitiesViewModel model;

        MentionCell(EntitiesViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Mention m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null || model.articleProperty().get() == null) {
                setText(null);
                return;
            }
            String text = model.articleProperty().get().text();
            String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start()).replaceAll("\\s+", " ");
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT)).replaceAll("\\s+", " ");
            setText("…" + before + "[" + m.text() + "]" + after + "…");
        }
    }
}
