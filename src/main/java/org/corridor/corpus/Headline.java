package org.corridor.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives an article's title: its headline when it has one, else its opening sentence (shortened for lists). */
final class Headline {

    static final int MAX_TITLE = 110;
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’)]?(?=\\s+[“\"‘(]?[A-Z0-9])");
    /**
     * A credit line: "By Amna Baloch", "BY OUR CORRESPONDENT", "By Staff Reporter in Lahore | Dawn". Every word
     * after "By" is capitalised or joins names, so "By 2030, Pakistan plans…" and "By Monday the talks…" are not.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s*[,|&]\\s*|\\s+)(?:\\p{Lu}[\\p{L}.'’-]*|and|in|de|al|bin|van|von))*");
    private static final int MAX_BYLINE_CHARS = 80;

    private Headline() {
    }

    /**
     * The end of a headline standing at {@code start}: a single short line followed by a blank line and more
     * text, that does not read like a paragraph. Returns -1 when the text opens with a paragraph instead.
     */
    static int headlineEnd(String text, int start, int end) {
        int lineEnd = indexOfOrEnd(text, '\n', start, end);
        String line = text.substring(start, lineEnd).strip();
        if (line.isEmpty() || line.length() > MAX_HEADLINE_CHARS || !followedByBlankLineAndText(text, lineEnd, end)) {
            return -1;
        }
        int words = line.split("\\s+").length;
        boolean endsLikeSentence = line.matches(".*[.!?][”\"’]?$");
        boolean severalSentences = SENTENCE_END.matcher(line).find();
        if (words > MAX_HEADLINE_WORDS || severalSentences || (endsLikeSentence && words > 14)) {
            return -1;
        }
        return start + text.substring(start, lineEnd).stripTrailing().length();
    }

    /** Where the text at {@code start} continues after any byline lines (and the blank lines after them). */
    static int afterBylines(String text, int start, int end) {
        int at = start;
        while (at < end) {
            int lineEnd = indexOfOrEnd(text, '\n', at, end);
            String line = text.substring(at, lineEnd).strip();
            if (line.length() > MAX_BYLINE_CHARS || !BYLINE.matcher(line).matches()) {
                return at;
            }
            at = lineEnd;
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    /** The whole first sentence of {@code text[start, end)}, without its final stop. */
    static String openingSentence(String text, int start, int end) {
        int paragraphEnd = text.indexOf("\n", start);
        if (paragraphEnd < 0 || paragraphEnd > end) {
            paragraphEnd = end;
        }
        String paragraph = text.substring(start, paragraphEnd).strip();
        Matcher m = SENTENCE_END.matcher(paragraph);
        String sentence = m.find() ? paragraph.substring(0, m.start()) : paragraph.replaceAll("[.!?]+$", "");
        return sentence.replaceAll("\\s+", " ");
    }

    static String shorten(String s) {
        if (s.length() <= MAX_TITLE) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_TITLE - 1);
        if (cut < MAX_TITLE / 2) {
            cut = MAX_TITLE - 1;
        }
        return s.substring(0, cut).replaceAll("[\\s,;:–—-]+$", "") + "…";
    }

    private static boolean followedByBlankLineAndText(String text, int lineEnd, int end) {
        int i = lineEnd;
        int newlines = 0;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
            i++;
        }
        return newlines >= 2 && i < end;
    }

    private static int indexOfOrEnd(String text, char c, int from, int end) {
        int i = text.indexOf(c, from);
        return i < 0 || i > end ? end : i;
    }
}
