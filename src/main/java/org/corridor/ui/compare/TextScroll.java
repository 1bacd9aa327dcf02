package org.corridor.ui.compare;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.corridor.compare.Span;
import org.corridor.ui.reader.ReaderView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/** Scrolling a reader to a span of its article's text, and finding where its view starts. */
final class TextScroll {

    private TextScroll() {
    }

    /**
     * Brings the span's paragraph to the top of the view; with {@code select}, also selects the span (so the
     * user sees exactly what is meant and can tag it at once).
     */
    static void reveal(ReaderView view, Span span, boolean select) {
        StyleClassedTextArea area = view.area();
        int length = area.getLength();
        int from = clamp(span.start() - view.bodyStart(), length);
        int to = clamp(span.end() - view.bodyStart(), length);
        if (select) {
            area.selectRange(from, to);
        }
        int paragraph = area.offsetToPosition(from, Bias.Forward).getMajor();
        area.showParagraphAtTop(paragraph);
    }

    /** Offset in the article's text of the first paragraph in view, if the view shows any. */
    static Optional<Integer> firstVisibleOffset(ReaderView view) {
        StyleClassedTextArea area = view.area();
        if (area.getLength() == 0) {
            return Optional.empty();
        }
        try {
            int paragraph = area.firstVisibleParToAllParIndex();
            return Optional.of(area.getAbsolutePosition(paragraph, 0) + view.bodyStart());
        } catch (NoSuchElementException | IllegalStateException e) {
            return Optional.empty(); // not laid out yet
        }
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(length, offset));
    }
}
