package org.corridor.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known value a mistyped one was most likely meant to be, by edit distance, for a "did you mean" hint. */
public final class ClosestValue {

    private ClosestValue() {
    }

    /**
     * The known value fewest single-character edits away from {@code wanted}, when that is at most a quarter of its
     * length (at least 2): a typo is suggested, an unrelated value is not.
     */
    public static Optional<String> to(String wanted, Collection<String> known) {
        int allowed = Math.max(2, wanted.length() / 4);
        return known.stream()
                .map(k -> new Candidate(k, distance(wanted, k)))
                .filter(c -> c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::value))
                .map(Candidate::value);
    }

    private record Candidate(String value, int distance) {
    }

    /** Levenshtein distance with a transposition counting as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
