package org.corridor.ui.entities;

import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.corridor.entities.Mention;

/** The 5 Es and the five corridors, with the members this article mentions marked; a click on one shows it in the text. */
final class GroupsView extends VBox {

    private final EntitiesViewModel model;
    private final Consumer<Mention> showInText;

    GroupsView(EntitiesViewModel model, Consumer<Mention> showInText) {
        this.model = model;
        this.showInText = showInText;
        setId("entity-groups");
        getStyleClass().add("entity-groups");
        setSpacing(4);
    }

    void refresh() {
        getChildren().clear();
        for (GroupStatus group : model.groups()) {
            Label title = new Label(group.title());
            title.getStyleClass().add("group-title");
            FlowPane members = new FlowPane(4, 4);
            for (GroupStatus.Member m : group.members()) {
                Label chip = new Label(m.mentions() > 0 ? m.name() + " ×" + m.mentions() : m.name());
                chip.getStyleClass().addAll("group-member", m.mentions() > 0 ? "group-member-mentioned"
                        : "group-member-absent");
                chip.setId("group-member-" + m.entityId().replace(':', '-'));
                if (m.mentions() > 0) {
                    chip.setCursor(Cursor.HAND);
                    chip.setTooltip(new Tooltip("Show " + m.name() + " in the text"));
                    chip.setOnMouseClicked(e -> showMember(m.entityId()));
                }
                members.getChildren().add(chip);
            }
            getChildren().addAll(title, members);
        }
    }

    /** Selects the member's entity (its mentions are listed below) and shows its first mention in the text. */
    private void showMember(String entityId) {
        if (model.selectEntity(entityId)) {
            showInText.accept(model.selectedProperty().get().mentions().get(0));
        }
    }
}
