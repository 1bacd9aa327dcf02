package org.corridor.entities.text;

import java.util.Locale;

/**
 * The words of a stretch of text: maximal runs of letters, digits and combining marks (any script), with
 * their UTF-16 spans, lower-cased forms, the gap before each one and whether a sentence starts there.
 * Arrays rather than objects, because a 20 MB article has millions of tokens.
 */
public final class Tokens {

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private String[] lower;
    private Gap[] gaps;
    private boolean[] sentenceStarts;

    private Tokens(String text, int capacity) {
        this.text = text;
        starts = new int[capacity];
        ends = new int[capacity];
        lower = new String[capacity];
        gaps = new Gap[capacity];
        sentenceStarts = new boolean[capacity];
    }

    /** Tokenises {@code text[from, to)}. */
    public static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text, Math.max(16, (to - from) / 5));
        int i = from;
        int previousEnd = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < to) {
                int c = text.codePointAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            t.add(start, i, previousEnd);
            previousEnd = i;
        }
        return t;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private void add(int start, int end, int previousEnd) {
        if (size == starts.length) {
            grow();
        }
        starts[size] = start;
        ends[size] = end;
        lower[size] = text.substring(start, end).toLowerCase(Locale.ROOT);
        gaps[size] = size == 0 ? Gap.HARD : Gap.classify(text, previousEnd, start);
        sentenceStarts[size] = size == 0 || SentenceBreaks.startsSentence(text, this, size, previousEnd, start);
        size++;
    }

    private void grow() {
        int n = starts.length * 2;
        starts = java.util.Arrays.copyOf(starts, n);
        ends = java.util.Arrays.copyOf(ends, n);
        lower = java.util.Arrays.copyOf(lower, n);
        gaps = java.util.Arrays.copyOf(gaps, n);
        sentenceStarts = java.util.Arrays.copyOf(sentenceStarts, n);
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** Lower-cased token. */
    public String lower(int i) {
        return lower[i];
    }

    /** The token as written. */
    public String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The gap before token {@code i} ({@link Gap#HARD} for the first token). */
    public Gap gap(int i) {
        return gaps[i];
    }

    public boolean sentenceStart(int i) {
        return sentenceStarts[i];
    }

    public boolean capitalised(int i) {
        return Character.isUpperCase(text.codePointAt(starts[i]));
    }

    public boolean lowerCase(int i) {
        return Character.isLowerCase(text.codePointAt(starts[i]));
    }

    /** Two or more letters, all upper-case ("CPEC", "NIH"); digits allowed after the first letter. */
    public boolean allCaps(int i) {
        int letters = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && Character.isLetter(text.charAt(starts[i]));
    }

    public boolean digits(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The text between token {@code i-1} and token {@code i}. */
    public String gapText(int i) {
        return text.substring(i == 0 ? starts[0] : ends[i - 1], starts[i]);
    }
}
