package org.corridor.entities.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the mentions among overlapping candidates: the user's corrections first, then the longest
 * candidate ("China-Pakistan Economic Corridor" over "China", "CPEC 2.0" over "CPEC"), then the most trusted
 * source, then the earliest. Chosen spans never overlap, within a category or across categories.
 */
public final class OverlapResolver {

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.priority() >= Candidate.USER ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
            .thenComparingInt(Candidate::start)
            .thenComparing(c -> c.entityId() == null ? "" : c.entityId());

    private OverlapResolver() {
    }

    /** The chosen candidates, sorted by start. */
    public static List<Candidate> resolve(List<Candidate> candidates, int textStart) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        BitSet taken = new BitSet();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            int from = c.start() - textStart;
            int to = c.end() - textStart;
            if (to <= from) {
                continue;
            }
            int firstTaken = taken.nextSetBit(from);
            if (firstTaken < 0 || firstTaken >= to) {
                taken.set(from, to);
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::category));
        return chosen;
    }
}
