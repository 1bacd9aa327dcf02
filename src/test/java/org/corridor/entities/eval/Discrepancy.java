package org.corridor.entities.eval;

import org.corridor.entities.Category;

/**
 * A false positive, false negative or wrong attribute, with what the other side had at that place
 * ({@code context}), so an engine author can see at a glance whether it is a span, category or lexicon error.
 */
public record Discrepancy(String article, Category category, String kind, String text, int start, String context) {

    @Override
    public String toString() {
        return String.format("%-34s %-10s %-12s %-40s @%-5d %s", article, category.json(), kind,
                "'" + text.replace("\r", "\\r").replace("\n", "\\n") + "'", start, context);
    }
}
