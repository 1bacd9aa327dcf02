package org.corridor.notes;

/**
 * Approximate search of a pattern in a text (Sellers' dynamic programme: edit distance with a free start and
 * end in the text), for finding a quoted passage again after small edits of the article. Costs O(pattern ×
 * window) time, so callers keep the window or the pattern short.
 */
final class FuzzyMatch {

    /** Where the pattern was found, with how many edits separate it from the pattern. */
    record Match(int start, int end, int errors) {
    }

    private FuzzyMatch() {
    }

    /**
     * The best match of {@code pattern} in {@code text[from, to)} with at most {@code maxErrors} edits: fewest
     * errors first, then the one starting nearest to {@code near}. Null when there is none.
     */
    static Match find(String text, int from, int to, String pattern, int maxErrors, int near) {
        int m = pattern.length();
        int[] prev = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
            prevStart[i] = from;
        }
        Match best = null;
        for (int j = from + 1; j <= to; j++) {
            char t = text.charAt(j - 1);
            cur[0] = 0;
            curStart[0] = j;
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (pattern.charAt(i - 1) == t ? 0 : 1);
                int start = prevStart[i - 1];
                int skipPattern = cur[i - 1] + 1;
                if (skipPattern < sub) {
                    sub = skipPattern;
                    start = curStart[i - 1];
                }
                int skipText = prev[i] + 1;
                if (skipText < sub) {
                    sub = skipText;
                    start = prevStart[i];
                }
                cur[i] = sub;
                curStart[i] = start;
            }
            if (cur[m] <= maxErrors) {
                Match candidate = new Match(curStart[m], j, cur[m]);
                if (better(candidate, best, near)) {
                    best = candidate;
                }
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        return best;
    }

    private static boolean better(Match a, Match b, int near) {
        if (b == null || a.errors() != b.errors()) {
            return b == null || a.errors() < b.errors();
        }
        return Math.abs(a.start() - near) < Math.abs(b.start() - near);
    }
}
