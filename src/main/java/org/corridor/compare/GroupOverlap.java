package org.corridor.compare;

import java.util.List;

/**
 * A named group of initiatives (Pakistan's 5 Es, the five corridors of CPEC 2.0) and which of its members
 * each article mentions, by label, in order of first mention.
 */
public record GroupOverlap(String group, List<String> membersA, List<String> membersB) {

    public GroupOverlap {
        membersA = List.copyOf(membersA);
        membersB = List.copyOf(membersB);
    }
}
