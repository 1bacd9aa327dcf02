package org.corridor.notes;

/** Exact searches for a quote: every occurrence weighed by its context, and the same ignoring CR/LF changes. */
final class QuoteSearch {

    /** Enough occurrences to choose from; a quote found more often than this is too common to place by context. */
    private static final int MAX_OCCURRENCES = 10_000;

    private QuoteSearch() {
    }

    /** The occurrence of {@code exact} whose surroundings match the anchor's context best, nearest on ties; -1 if none. */
    static int bestOccurrence(String text, String exact, TextAnchor anchor) {
        int best = -1;
        int bestScore = -1;
        int count = 0;
        for (int at = text.indexOf(exact); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
            count++;
            int score = commonSuffix(anchor.prefix(), text, at) + commonPrefix(anchor.suffix(), text, at + exact.length());
            if (score > bestScore || score == bestScore
                    && Math.abs(at - anchor.start()) < Math.abs(best - anchor.start())) {
                best = at;
                bestScore = score;
            }
        }
        return best;
    }

    /** The quote found in a text whose line endings changed (CRLF ↔ LF), mapped back to the real text. */
    static Anchoring.Anchored ignoringLineEndings(String text, TextAnchor anchor) {
        Lf plain = Lf.of(text);
        String exact = Lf.of(anchor.exact()).text;
        if (exact.isEmpty() || plain.text.equals(text) && exact.equals(anchor.exact())) {
            return null;
        }
        TextAnchor relined = new TextAnchor(exact, Lf.of(anchor.prefix()).text, Lf.of(anchor.suffix()).text,
                plain.toPlain(anchor.start()), plain.toPlain(anchor.start()) + exact.length());
        int at = bestOccurrence(plain.text, exact, relined);
        if (at < 0) {
            return null;
        }
        return new Anchoring.Anchored(Anchoring.Kind.MOVED, plain.original[at], plain.original[at + exact.length() - 1] + 1);
    }

    private static int commonSuffix(String context, String text, int end) {
        int n = 0;
        while (n < context.length() && end - n - 1 >= 0
                && context.charAt(context.length() - 1 - n) == text.charAt(end - n - 1)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String context, String text, int start) {
        int n = 0;
        while (n < context.length() && start + n < text.length() && context.charAt(n) == text.charAt(start + n)) {
            n++;
        }
        return n;
    }

    /** A text with every CR that precedes an LF removed, and where each remaining char was in the original. */
    private static final class Lf {
        private final String text;
        private final int[] original;

        private Lf(String text, int[] original) {
            this.text = text;
            this.original = original;
        }

        static Lf of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] map = new int[s.length()];
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                map[out.length()] = i;
                out.append(s.charAt(i));
            }
            return new Lf(out.toString(), java.util.Arrays.copyOf(map, out.length()));
        }

        /** Roughly where an original offset lands in the plain text: the nearest kept character at or after it. */
        int toPlain(int originalOffset) {
            int i = java.util.Arrays.binarySearch(original, originalOffset);
            return i >= 0 ? i : -i - 1;
        }
    }
}
