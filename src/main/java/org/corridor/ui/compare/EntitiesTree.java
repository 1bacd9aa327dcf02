package org.corridor.ui.compare;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.corridor.common.Plural;
import org.corridor.compare.CategoryOverlap;
import org.corridor.compare.Comparison;
import org.corridor.compare.EntityCount;
import org.corridor.compare.GroupOverlap;

/**
 * The entities of the two articles per category, in three branches (in both / only left / only right) with
 * counts, then the initiative groups with the members each side mentions. Choosing an entity highlights all
 * its mentions in both texts.
 */
final class EntitiesTree extends TreeView<EntitiesTree.Row> {

    /** A line of the tree; {@code entity} is null for headings. */
    record Row(String text, EntityCount entity) {
        @Override
        public String toString() {
            return text;
        }
    }

    EntitiesTree(CompareViewModel model) {
        setId("compare-entities");
        setShowRoot(false);
        setRoot(new TreeItem<>(new Row("", null)));
        getStyleClass().add("compare-entities");
        setTooltip(new Tooltip("How often each article mentions the entity. Click one to mark it in both."));
        model.comparisonProperty().addListener((o, a, c) -> show(c));
        getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue().entity() != null) {
                model.focusEntity(item.getValue().entity());
            }
        });
    }

    private void show(Comparison c) {
        getRoot().getChildren().clear();
        if (c == null) {
            return;
        }
        for (CategoryOverlap o : c.entities()) {
            int total = o.both().size() + o.onlyA().size() + o.onlyB().size();
            if (total == 0) {
                continue;
            }
            TreeItem<Row> category = heading(CategoryNames.plural(o.category()) + " (" + total + ")");
            category.getChildren().add(column("In both", o.both()));
            category.getChildren().add(column("Only left", o.onlyA()));
            category.getChildren().add(column("Only right", o.onlyB()));
            getRoot().getChildren().add(category);
        }
        if (!c.groups().isEmpty()) {
            TreeItem<Row> groups = heading("Groups");
            for (GroupOverlap g : c.groups()) {
                TreeItem<Row> group = heading(g.group());
                group.getChildren().add(new TreeItem<>(new Row("Left: " + members(g.membersA()), null)));
                group.getChildren().add(new TreeItem<>(new Row("Right: " + members(g.membersB()), null)));
                groups.getChildren().add(group);
            }
            getRoot().getChildren().add(groups);
        }
    }

    private static TreeItem<Row> heading(String text) {
        TreeItem<Row> item = new TreeItem<>(new Row(text, null));
        item.setExpanded(true);
        return item;
    }

    private static TreeItem<Row> column(String title, List<EntityCount> entities) {
        TreeItem<Row> item = heading(title + " (" + entities.size() + ")");
        for (EntityCount e : entities) {
            item.getChildren().add(new TreeItem<>(new Row(e.label() + "   " + counts(e), e)));
        }
        return item;
    }

    /** "6 left · 8 right" for an entity of both articles, "3 mentions" for one that only one side names. */
    private static String counts(EntityCount e) {
        if (e.countA() > 0 && e.countB() > 0) {
            return e.countA() + " left · " + e.countB() + " right";
        }
        return Plural.of(Math.max(e.countA(), e.countB()), "mention");
    }

    private static String members(List<String> members) {
        return members.isEmpty() ? "—" : String.join(", ", members);
    }
}
