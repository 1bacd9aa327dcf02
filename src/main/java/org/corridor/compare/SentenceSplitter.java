package org.corridor.compare;

import java.util.ArrayList;
import java.util.List;
import org.corridor.corpus.Article;

/**
 * Splits news text into sentences. A full stop ends a sentence only when what follows looks like a new
 * sentence (white space, then no lower-case letter) and what precedes is not an abbreviation ("Mr.", "Gen.",
 * "No. 5", "Jan. 12"), an initial ("J. K."), or a dotted acronym that the next word shows to be mid-sentence
 * ("the U.S. envoy"). A point inside a number ("CPEC 2.0", "3.5%") has no space after it, so it never splits.
 * Headlines and other short lines without a final stop end at their line break; a blank line always ends one.
 */
public final class SentenceSplitter {

    /** Lines shorter than this that end without punctuation are headings, not wrapped prose. */
    private static final int HEADING_MAX = 60;

    private final Abbreviations abbreviations = new Abbreviations();

    public List<Span> split(Article article) {
        return split(article.text(), article.bodyStart(), article.bodyEnd());
    }

    /** Sentences of {@code text[from, to)}, as trimmed spans of the full text, in order. */
    public List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        int lineStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = skipSpace(text, i, to);
                if (newlines(text, i, next) >= 2 || isHeading(text, lineStart, i, next, to)) {
                    emit(out, text, start, i);
                    start = next;
                }
                lineStart = lastLineStart(text, i, next);
                i = next;
            } else if (isTerminal(c)) {
                int end = afterClosers(text, afterTerminals(text, i, to), to);
                if (endsSentence(text, from, i, end, to)) {
                    emit(out, text, start, end);
                    start = end;
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        emit(out, text, start, to);
        return out;
    }

    private boolean endsSentence(String text, int from, int mark, int end, int to) {
        if (end < to && !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = skipSpace(text, end, to);
        if (next >= to) {
            return true;
        }
        if (Character.isLowerCase(text.codePointAt(next))) {
            return false;
        }
        boolean singleStop = text.charAt(mark) == '.' && (mark + 1 >= to || text.charAt(mark + 1) != '.');
        if (!singleStop) {
            return true;
        }
        String before = wordBefore(text, from, mark);
        String after = wordAt(text, next, to);
        return !abbreviations.continuesAfter(before, after);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static int afterTerminals(String text, int i, int to) {
        int j = i;
        while (j < to && isTerminal(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int afterClosers(String text, int i, int to) {
        int j = i;
        while (j < to && "\"'\u201D\u2019\u00BB)]".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    /** The letters and dots right before the stop at {@code mark}: "Mr", "U.S", "J", "2". */
    private static String wordBefore(String text, int from, int mark) {
        int j = mark;
        while (j > from && (Character.isLetterOrDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j--;
        }
        return text.substring(j, mark);
    }

    private static String wordAt(String text, int i, int to) {
        int j = i;
        while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || "\"'\u201C\u2018(".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return text.substring(i, j);
    }

    /**
     * A single line break ends a sentence after a short line that ends without continuing punctuation,
     * before a line that starts like a sentence: a headline or a cross-heading, not hard-wrapped prose.
     */
    private static boolean isHeading(String text, int lineStart, int lineEnd, int next, int to) {
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.isEmpty() || next >= to || line.length() >= HEADING_MAX) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (",;:-\u2013\u2014(".indexOf(last) >= 0) {
            return false;
        }
        return !Character.isLowerCase(text.codePointAt(next));
    }

    private static int skipSpace(String text, int i, int to) {
        int j = i;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int lastLineStart(String text, int from, int to) {
        int j = to;
        while (j > from && text.charAt(j - 1) != '\n') {
            j--;
        }
        return j;
    }

    private static void emit(List<Span> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        for (int j = s; j < e; j++) {
            if (Character.isLetterOrDigit(text.charAt(j))) {
                out.add(new Span(s, e));
                return;
            }
        }
    }
}
