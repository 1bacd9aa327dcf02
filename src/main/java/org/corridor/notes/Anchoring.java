package org.corridor.notes;

/**
 * Finds an annotation's passage in the article's text as it is now, which may differ from the text the
 * annotation was made on: the same place, else the same quote elsewhere (the occurrence whose context fits
 * best, then the nearest), else the same quote with other line endings, else a close enough passage near the
 * old place. What is not found is an orphan: kept, listed, never deleted.
 */
public final class Anchoring {

    /** How a passage was found. */
    public enum Kind { EXACT, MOVED, FUZZY, ORPHAN }

    /** Where the passage is now; start and end are -1 for an orphan. */
    public record Anchored(Kind kind, int start, int end) {
        /** The passage was not found. */
        public static final Anchored NOWHERE = new Anchored(Kind.ORPHAN, -1, -1);

        public boolean orphan() {
            return kind == Kind.ORPHAN;
        }
    }

    /** Quotes shorter than this must be found exactly: a near match of a few characters means nothing. */
    static final int MIN_FUZZY_LENGTH = 8;
    /** At most a quarter of a quote's characters may have changed for a fuzzy match. */
    static final double MAX_ERROR_RATE = 0.25;
    /** Longer quotes are found by their two ends. */
    static final int END_LENGTH = 64;
    /** How far around the old place the fuzzy search looks first. */
    static final int WINDOW = 2_000;
    /** Above this many cells a search of the whole text is too slow to do for each annotation. */
    private static final long MAX_CELLS = 40_000_000L;

    private static final Anchored ORPHAN = Anchored.NOWHERE;

    private Anchoring() {
    }

    public static Anchored resolve(TextAnchor anchor, String text) {
        String exact = anchor.exact();
        if (exact.isEmpty()) {
            return ORPHAN;
        }
        if (anchor.start() >= 0 && anchor.start() + exact.length() <= text.length()
                && text.startsWith(exact, anchor.start())) {
            return new Anchored(Kind.EXACT, anchor.start(), anchor.start() + exact.length());
        }
        int found = QuoteSearch.bestOccurrence(text, exact, anchor);
        if (found >= 0) {
            return new Anchored(Kind.MOVED, found, found + exact.length());
        }
        Anchored relined = QuoteSearch.ignoringLineEndings(text, anchor);
        if (relined != null) {
            return relined;
        }
        return fuzzy(anchor, text);
    }

    private static Anchored fuzzy(TextAnchor anchor, String text) {
        String exact = anchor.exact();
        int m = exact.length();
        if (m < MIN_FUZZY_LENGTH) {
            return ORPHAN;
        }
        int near = Math.min(Math.max(0, anchor.start()), text.length());
        if (m <= 2 * END_LENGTH) {
            FuzzyMatch.Match match = search(text, exact, (int) (m * MAX_ERROR_RATE), near, m);
            return match == null ? ORPHAN : snapped(match.start(), match.end(), text);
        }
        String head = exact.substring(0, END_LENGTH);
        String tail = exact.substring(m - END_LENGTH);
        int endErrors = (int) (END_LENGTH * MAX_ERROR_RATE);
        FuzzyMatch.Match first = search(text, head, endErrors, near, END_LENGTH);
        if (first == null) {
            return ORPHAN;
        }
        int tailFrom = first.start();
        int tailTo = Math.min(text.length(), first.start() + (int) (m * (1 + MAX_ERROR_RATE)));
        FuzzyMatch.Match last = FuzzyMatch.find(text, tailFrom, tailTo, tail, endErrors, first.start() + m - END_LENGTH);
        if (last == null) {
            return ORPHAN;
        }
        int length = last.end() - first.start();
        if (Math.abs(length - m) > m * MAX_ERROR_RATE) {
            return ORPHAN;
        }
        return snapped(first.start(), last.end(), text);
    }

    /** Near the old place first, then (if affordable) the whole text. */
    private static FuzzyMatch.Match search(String text, String pattern, int maxErrors, int near, int m) {
        int from = Math.max(0, near - WINDOW);
        int to = Math.min(text.length(), near + m + WINDOW);
        FuzzyMatch.Match match = FuzzyMatch.find(text, from, to, pattern, maxErrors, near);
        boolean wholeTextAffordable = (long) text.length() * pattern.length() <= MAX_CELLS;
        if (match == null && (from > 0 || to < text.length()) && wholeTextAffordable) {
            match = FuzzyMatch.find(text, 0, text.length(), pattern, maxErrors, near);
        }
        return match;
    }

    /** Never cuts an emoji (a surrogate pair) in half. */
    private static Anchored snapped(int start, int end, String text) {
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return end > start ? new Anchored(Kind.FUZZY, start, end) : ORPHAN;
    }
}
