package org.corridor.ui.notes;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The margin beside one paragraph of the article: each passage's stripe runs beside the lines the passage covers
 * in that paragraph, not the whole paragraph, so a tagged sentence shows where it is. Stripes of overlapping
 * passages stand side by side, the first passage nearest the text.
 */
final class StripeColumn extends Region {

    private static final double GAP = 2;

    /** A stripe and the paragraph's columns [from, to) its passage covers. */
    private record Stripe(Node node, int from, int to) {
    }

    private final StyleClassedTextArea area;
    private final int paragraph;
    private final List<Stripe> stripes = new ArrayList<>();

    StripeColumn(StyleClassedTextArea area, int paragraph) {
        this.area = area;
        this.paragraph = paragraph;
        getStyleClass().add("tag-stripes");
    }

    void add(Node stripe, int from, int to) {
        stripes.add(new Stripe(stripe, from, to));
        getChildren().add(stripe);
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = snappedLeftInset() + snappedRightInset();
        for (Stripe s : stripes) {
            width += s.node().prefWidth(-1) + GAP;
        }
        return width;
    }

    @Override
    protected void layoutChildren() {
        int lines = Math.max(1, area.getParagraphLinesCount(paragraph));
        // the paragraph's lines share its height evenly: one font, one line height
        double lineHeight = getHeight() / lines;
        double x = getWidth() - snappedRightInset();
        for (Stripe s : stripes) {
            double width = s.node().prefWidth(-1);
            x -= width;
            int first = area.lineIndex(paragraph, s.from());
            int last = area.lineIndex(paragraph, Math.max(s.from(), s.to() - 1));
            double top = first * lineHeight + snappedTopInset();
            double height = (last - first + 1) * lineHeight - snappedTopInset() - snappedBottomInset();
            s.node().resizeRelocate(x, top, width, Math.max(height, 1));
            x -= GAP;
        }
    }
}
