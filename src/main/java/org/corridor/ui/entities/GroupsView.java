package org.corridor.ui.entities;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The 5 Es and the five corridors, with the members this article mentions marked. */
final class GroupsView extends VBox {

    private final EntitiesViewModel model;

    GroupsView(EntitiesViewModel model) {
        this.model = model;
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
                members.getChildren().add(chip);
            }
            getChildren().addAll(title, members);
        }
    }
}
