package org.corridor.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One search: the query text, an optional date range (inclusive; articles without a date are left out once a
 * range is set), the chosen values per facet dimension (any of the values of a dimension, all dimensions), and
 * how many hits to return.
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, Map<String, Set<String>> filters,
                            int limit) {

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, Map.of(), limit);
    }

    public boolean hasDateRange() {
        return from != null || to != null;
    }
}
