package org.corridor.notes;

import java.util.List;

/**
 * A starter codebook for news on China–Pakistan relations and CPEC, offered (never imposed) to a user whose
 * codebook is empty: the five themes these articles keep returning to, each with a few sub-codes.
 */
public final class StarterCodebook {

    /** A top-level code with its description and its sub-codes' names. */
    public record Entry(String name, String description, List<String> children) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("Security", "Military, counter-terrorism and the safety of people and projects",
                    List.of("Terrorism", "Military cooperation", "Safety of Chinese nationals")),
            new Entry("Economy", "Investment, trade, finance, industry and debt",
                    List.of("Investment", "Trade", "Debt and finance", "Special economic zones")),
            new Entry("Diplomacy", "Visits, statements, formulas of friendship and positions on third countries",
                    List.of("High-level visits", "Friendship rhetoric", "Regional relations")),
            new Entry("Energy", "Power plants, fuel and the energy projects of the corridor",
                    List.of("Power projects", "Hydropower", "Coal")),
            new Entry("Connectivity", "Roads, rail, ports and the corridor's physical links",
                    List.of("Gwadar port", "Roads and rail", "Digital connectivity")));

    private StarterCodebook() {
    }
}
