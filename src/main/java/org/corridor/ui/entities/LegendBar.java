package org.corridor.ui.entities;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The legend strip above the text: each highlight layer with a sample of its style, its count in this
 * article, and a toggle that hides or shows it; then each named group (the 5 Es, the five corridors) with the
 * sample of the marker its members carry and a toggle that turns the marker off or on.
 */
public final class LegendBar extends FlowPane {

    private final Map<MentionLayer, ToggleButton> buttons = new EnumMap<>(MentionLayer.class);
    private final Map<String, ToggleButton> groupButtons = new LinkedHashMap<>();
    private final Label hint = new Label();

    public LegendBar(EntitiesViewModel model) {
        getStyleClass().add("entity-legend");
        setId("entity-legend");
        // The strip wraps to whatever width the reader has; it must never widen the reader itself.
        setMinWidth(0);
        setPrefWidth(0);
        for (MentionLayer layer : MentionLayer.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "swatch-" + layer.styleClass());
            ToggleButton button = new ToggleButton(layer.label(), swatch);
            button.setId("legend-" + layer.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("legend-toggle");
            button.setSelected(true);
            button.setFocusTraversable(true);
            button.setTooltip(new Tooltip("Show or hide " + layer.label().toLowerCase(Locale.ROOT)));
            button.setOnAction(e -> model.toggle(layer));
            buttons.put(layer, button);
            getChildren().add(button);
        }
        for (String group : GroupStatus.GROUP_IDS) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "swatch-mention-group-member");
            ToggleButton button = new ToggleButton(GroupStatus.shortTitle(group), swatch);
            button.setId("legend-group-" + group.toLowerCase(Locale.ROOT));
            button.getStyleClass().add("legend-toggle");
            button.setSelected(true);
            button.setTooltip(new Tooltip("Mark the members of " + GroupStatus.TITLES.get(group) + " in the text"));
            button.setOnAction(e -> model.toggleGroupMarker(group));
            groupButtons.put(group, button);
            getChildren().add(button);
        }
        hint.getStyleClass().add("legend-hint");
        hint.setId("legend-hint");
        // in a narrow reader the hint wraps instead of running past the pane's edge
        hint.setWrapText(true);
        hint.maxWidthProperty().bind(widthProperty().subtract(16));
        getChildren().add(hint);
        model.mentionsProperty().addListener((o, a, list) -> updateCounts(model));
        model.articleProperty().addListener((o, a, article) -> updateCounts(model));
        model.hiddenLayers().addListener((SetChangeListener<MentionLayer>) c ->
                buttons.forEach((layer, b) -> b.setSelected(!model.hiddenLayers().contains(layer))));
        model.unmarkedGroups().addListener((SetChangeListener<String>) c ->
                groupButtons.forEach((group, b) -> b.setSelected(!model.unmarkedGroups().contains(group))));
        updateCounts(model);
    }

    /** With no article open there is nothing to count: the labels stand alone and the hint says what to do. */
    private void updateCounts(EntitiesViewModel model) {
        boolean open = model.articleProperty().get() != null;
        buttons.forEach((layer, b) -> b.setText(open ? layer.label() + "  " + model.count(layer) : layer.label()));
        groupButtons.forEach((group, b) -> b.setText(open
                ? GroupStatus.shortTitle(group) + "  " + model.countInGroup(group) : GroupStatus.shortTitle(group)));
        hint.setText(open ? "Hover a mention for details; right-click to correct."
                : "Open an article to see its actors, initiatives, places and dates.");
    }
}
