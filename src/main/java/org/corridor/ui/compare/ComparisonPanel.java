package org.corridor.ui.compare;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.corridor.common.Plural;
import org.corridor.compare.Comparison;

/** The side panel's "Compare" tab: a summary line, then entities, shared phrases and aligned sentences. */
public final class ComparisonPanel extends VBox {

    private final Label summary = new Label("Select two articles in the list and press Compare (Ctrl+D).");

    public ComparisonPanel(CompareViewModel model) {
        getStyleClass().add("comparison-panel");
        summary.setId("compare-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("compare-summary");
        SplitPane sections = new SplitPane(new EntitiesTree(model), new PhraseList(model), new PairList(model));
        sections.setOrientation(Orientation.VERTICAL);
        // the two lists get more than the tree: their rows wrap over two or more lines, the tree's do not
        sections.setDividerPositions(0.28, 0.64);
        VBox.setVgrow(sections, Priority.ALWAYS);
        getChildren().addAll(summary, sections);
        model.comparisonProperty().addListener((o, a, c) -> summary.setText(describe(c, model)));
        model.statusProperty().addListener((o, a, s) -> {
            if (!s.isEmpty()) {
                summary.setText(s);
            }
        });
    }

    private static String describe(Comparison c, CompareViewModel model) {
        if (c == null) {
            return model.activeProperty().get() ? model.statusProperty().get()
                    : "Select two articles in the list and press Compare (Ctrl+D).";
        }
        return String.format("Similarity %.0f%%", c.similarity() * 100) + " · " + TimeApart.describe(c.daysBetween())
                + "\n" + Plural.of(c.sharedPhrases().size(), "shared phrase") + " · "
                + Plural.of(c.alignedSentences().size(), "aligned sentence");
    }
}
