package org.corridor.compare;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The words of a stretch of text, normalised so that typographic variants of one phrase compare equal:
 * lower case, apostrophes dropped inside a word ("China’s" = "China's" = "chinas"), hyphens and dashes
 * treated as spaces ("all-weather" = "all weather"), any punctuation ignored. Digits keep an inner point or
 * comma ("2.0", "60,000") so that numbers stay one word. Each word keeps its span in the original text.
 */
public final class WordTokens {

    private final String[] words;
    private final int[] starts;
    private final int[] ends;

    private WordTokens(String[] words, int[] starts, int[] ends) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    /** The words of {@code text[from, to)}. */
    public static WordTokens of(String text, int from, int to) {
        int capacity = Math.max(16, (to - from) / 5);
        String[] words = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        StringBuilder word = new StringBuilder(24);
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            word.setLength(0);
            while (i < to) {
                cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                    i += Character.charCount(cp);
                    end = i;
                } else if (isApostrophe(cp) && letterAt(text, i + 1, to) && end == i) {
                    i++;
                } else if ((cp == '.' || cp == ',') && end == i && Character.isDigit(text.charAt(i - 1))
                        && digitAt(text, i + 1, to)) {
                    word.append((char) cp);
                    i++;
                } else {
                    break;
                }
            }
            if (n == words.length) {
                int grown = n * 2;
                words = Arrays.copyOf(words, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            words[n] = word.toString();
            starts[n] = start;
            ends[n] = end;
            n++;
        }
        return new WordTokens(Arrays.copyOf(words, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    private static boolean letterAt(String text, int i, int to) {
        return i < to && Character.isLetter(text.charAt(i));
    }

    private static boolean digitAt(String text, int i, int to) {
        return i < to && Character.isDigit(text.charAt(i));
    }

    public int size() {
        return words.length;
    }

    /** All words, normalised, as a read-only list. */
    public List<String> words() {
        return Collections.unmodifiableList(Arrays.asList(words));
    }

    public String word(int i) {
        return words[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The text span from the start of word {@code first} to the end of word {@code last} (inclusive). */
    public Span span(int first, int last) {
        return new Span(starts[first], ends[last]);
    }

    /** Index of the first word starting at or after {@code offset}. */
    public int firstAtOrAfter(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 1;
    }
}
