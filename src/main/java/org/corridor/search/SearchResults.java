package org.corridor.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  how many articles match in all
 * @param hits   the best {@code limit} of them, best first (newest first when the query is empty)
 * @param facets per dimension, value → number of matching articles; each dimension is counted with the other
 *               dimensions' filters applied but not its own, so every value the user could add shows its count
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
