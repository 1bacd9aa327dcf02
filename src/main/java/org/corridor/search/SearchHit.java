package org.corridor.search;

import java.time.LocalDate;

/** One ranked result: what the list shows, and the passage that matched. */
public record SearchHit(String id, String title, LocalDate date, String source, float score, Snippet snippet) {
}
