package org.corridor.ui.entities;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
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

/**
 * The side panel's "Entities" tab: the article's entities grouped by layer with their counts (sortable by
 * any column), the 5 Es and the five corridors with the members this article mentions, and every mention
 * of the selected entity; choosing one of those shows it in the text.
 */
public final class EntitiesPane extends VBox {

    /** Wide enough for the "Mentions" header and its sort arrow. */
    private static final double COUNT_WIDTH = 100;
    /** Wide enough for the longest kind, "organisation", on one line: a kind never breaks inside the word. */
    private static final double KIND_MIN_WIDTH = 110;
    /** Kept free so that a vertical scroll bar never pushes the columns into a horizontal one. */
    private static final double SCROLL_BAR_ROOM = 18;
    /** What a cell's text cannot use of its column: the cell's padding; in the first column, the tree's indent too. */
    private static final double CELL_PADDING = 14;
    private static final double TREE_INDENT = 32;

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
     * article to the next): the count gets room for its header, name and kind share the rest and wrap.
     */
    @SuppressWarnings("unchecked")
    private void buildTree() {
        tree.setId("entities-tree");
        tree.setShowRoot(false);
        Label none = new Label("Open an article to see its actors, initiatives, places and dates.");
        none.setWrapText(true);
        tree.setPlaceholder(none);
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        DoubleBinding shared = tree.widthProperty().subtract(COUNT_WIDTH + SCROLL_BAR_ROOM);
        DoubleBinding kindWidth = Bindings.max(shared.multiply(0.4), KIND_MIN_WIDTH);
        TreeTableColumn<EntitySummary, String> name = new TreeTableColumn<>("Entity");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(nameOf(c.getValue())));
        name.setCellFactory(c -> new WrappingCell(CELL_PADDING + TREE_INDENT));
        name.prefWidthProperty().bind(shared.subtract(kindWidth));
        TreeTableColumn<EntitySummary, String> kind = new TreeTableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(kindOf(c.getValue().getValue())));
        kind.setCellFactory(c -> new WrappingCell(CELL_PADDING));
        kind.prefWidthProperty().bind(kindWidth);
        TreeTableColumn<EntitySummary, Number> count = new TreeTableColumn<>("Mentions");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(countOf(c.getValue())));
        count.setPrefWidth(COUNT_WIDTH);
        count.setMinWidth(COUNT_WIDTH);
        for (TreeTableColumn<EntitySummary, ?> column : List.of(name, kind, count)) {
            column.setResizable(false);
        }
        tree.getColumns().setAll(name, kind, count);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue() != null && item.getValue().key() != null) {
                model.select(item.getValue());
            }
        });
    }

    private static String nameOf(TreeItem<EntitySummary> item) {
        EntitySummary s = item.getValue();
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

    /** A name or kind that wraps to the column's width instead of being cut short. */
    private static final class WrappingCell extends TreeTableCell<EntitySummary, String> {
        private final Text text = new Text();

        WrappingCell(double unusable) {
            text.getStyleClass().add("entities-cell-text");
            tableColumnProperty().addListener((o, old, column) -> {
                if (column != null) {
                    text.wrappingWidthProperty().bind(column.widthProperty().subtract(unusable));
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty ? null : value);
            setGraphic(empty ? null : text);
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
