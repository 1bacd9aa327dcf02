package org.corridor.export;

/**
 * Finds where a quoted passage sits in a text, the way a TextQuoteSelector + TextPositionSelector pair is
 * meant to be read: the position when the quote is really there, else the occurrence whose context
 * (prefix, suffix) matches best; on a tie one in the part of the text that matters (an article's body rather
 * than its headline), then the one nearest to the position.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    /**
     * @param hint UTF-16 index where the quote is expected, or -1 when unknown
     * @return the UTF-16 start of the quote, or -1 when the text does not contain it
     */
    public static int find(String text, String exact, String prefix, String suffix, int hint) {
        return find(text, exact, prefix, suffix, hint, 0);
    }

    /** As {@link #find(String, String, String, String, int)}, preferring on a tie a place at or after {@code from}. */
    public static int find(String text, String exact, String prefix, String suffix, int hint, int from) {
        if (exact == null || exact.isEmpty()) {
            return -1;
        }
        if (hint >= 0 && text.startsWith(exact, hint)) {
            return hint;
        }
        int best = -1;
        int bestScore = -1;
        boolean bestInside = false;
        long bestDistance = Long.MAX_VALUE;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int score = contextScore(text, at, at + exact.length(), prefix, suffix);
            boolean inside = at >= from;
            long distance = hint < 0 ? 0 : Math.abs((long) at - hint);
            boolean better = score != bestScore ? score > bestScore
                    : inside != bestInside ? inside : distance < bestDistance;
            if (better) {
                best = at;
                bestScore = score;
                bestInside = inside;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** How many characters of the prefix and suffix agree with the text around {@code [start, end)}. */
    private static int contextScore(String text, int start, int end, String prefix, String suffix) {
        int score = 0;
        if (prefix != null) {
            for (int i = 1; i <= prefix.length() && start - i >= 0
                    && text.charAt(start - i) == prefix.charAt(prefix.length() - i); i++) {
                score++;
            }
        }
        if (suffix != null) {
            for (int i = 0; i < suffix.length() && end + i < text.length()
                    && text.charAt(end + i) == suffix.charAt(i); i++) {
                score++;
            }
        }
        return score;
    }
}
