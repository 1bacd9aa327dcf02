package org.corridor.compare;

import java.util.List;

/**
 * One entity as the two articles mention it.
 *
 * @param key    canonical entity id, or for unknown entities the category and normalised surface text
 *               ("place:gilgit baltistan"), or for dates their ISO value ("date:2025-01-11")
 * @param label  the name shown to the user
 * @param kind   the finer type of its first mention (person, organisation, country, …)
 * @param inA    spans of its mentions in the first article's text
 * @param inB    spans of its mentions in the second article's text
 */
public record EntityCount(String key, String label, String kind, List<Span> inA, List<Span> inB) {

    public EntityCount {
        inA = List.copyOf(inA);
        inB = List.copyOf(inB);
    }

    public int countA() {
        return inA.size();
    }

    public int countB() {
        return inB.size();
    }
}
