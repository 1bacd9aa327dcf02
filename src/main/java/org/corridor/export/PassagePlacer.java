package org.corridor.export;

import java.util.Optional;
import org.corridor.corpus.Article;

/**
 * Places an imported passage in an article's text: the quote near the position the file gives (converted from
 * code points), or elsewhere when the position is wrong; line endings may differ between the file and the
 * corpus (a REFI-QDA source with LF, an article with CRLF), so a quote with line breaks is also looked for with
 * both made LF. A passage without a quote is placed by its position alone when that lies inside the text.
 */
final class PassagePlacer {

    /** A UTF-16 range in the article's text. */
    record Range(int start, int end) {
    }

    private PassagePlacer() {
    }

    /** Where the note's passage is in the article; a quote found in both headline and body goes to the body. */
    static Optional<Range> place(Article article, ImportBatch.Note note) {
        String text = article.text();
        int from = article.bodyStart();
        int hint = utf16(text, note.start(), note.lfPositions());
        String exact = note.exact();
        if (exact == null || exact.isEmpty()) {
            int end = utf16(text, note.end(), note.lfPositions());
            return hint >= 0 && end > hint ? Optional.of(new Range(hint, end)) : Optional.empty();
        }
        int at = QuoteFinder.find(text, exact, note.prefix(), note.suffix(), hint, from);
        if (at >= 0) {
            return Optional.of(new Range(at, at + exact.length()));
        }
        LfText lf = LfText.of(text);
        String lfExact = LfText.of(exact).text();
        at = QuoteFinder.find(lf.text(), lfExact, lfOrNull(note.prefix()), lfOrNull(note.suffix()),
                hint < 0 ? -1 : lf.toLf(hint), lf.toLf(from));
        if (at >= 0) {
            return Optional.of(new Range(lf.toOriginal(at), lf.toOriginal(at + lfExact.length())));
        }
        return Optional.empty();
    }

    /** How well the quote's context agrees with the text at the best place, or -1 when the quote is not there. */
    static int score(Article article, ImportBatch.Note note) {
        String text = article.text();
        Optional<Range> range = place(article, note);
        if (range.isEmpty() || note.exact() == null) {
            return -1;
        }
        int score = 0;
        String before = text.substring(0, range.get().start());
        String after = text.substring(range.get().end());
        if (note.prefix() != null && !note.prefix().isEmpty() && before.endsWith(note.prefix())) {
            score++;
        }
        if (note.suffix() != null && !note.suffix().isEmpty() && after.startsWith(note.suffix())) {
            score++;
        }
        return score;
    }

    private static int utf16(String text, int codePoint, boolean lfPositions) {
        if (codePoint < 0) {
            return -1;
        }
        if (!lfPositions) {
            return CodePoints.toUtf16(text, codePoint);
        }
        LfText lf = LfText.of(text);
        int inLf = CodePoints.toUtf16(lf.text(), codePoint);
        return inLf < 0 ? -1 : lf.toOriginal(inLf);
    }

    private static String lfOrNull(String context) {
        return context == null ? null : LfText.of(context).text();
    }
}
