package org.corridor.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search: the query text, an optional date range (inclusive; articles without a date are left out once a
 * range is set), the chosen values per facet dimension (any of the values of a dimension, all dimensions), and
 * how many hits to return. {@code live} are the query-time facets (tags): their filters sit in {@code filters}
 * under their dimension like the indexed ones, and they are counted over the results too.
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, Map<String, Set<String>> filters,
                            int limit, List<LiveFacet> live) {

    public SearchRequest(String query, LocalDate from, LocalDate to, Map<String, Set<String>> filters, int limit) {
        this(query, from, to, filters, limit, List.of());
    }

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        live = live == null ? List.of() : List.copyOf(live);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, Map.of(), limit);
    }

    /** The query-time facet of this dimension, or null when the dimension is an indexed one. */
    LiveFacet liveFacet(String dimension) {
        return live.stream().filter(f -> f.dimension().equals(dimension)).findFirst().orElse(null);
    }

    public boolean hasDateRange() {
        return from != null || to != null;
    }
}
