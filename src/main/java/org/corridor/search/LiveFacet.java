package org.corridor.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A facet dimension that is not in the index but known at query time, article id → values: tags change with
 * every annotation, so they are filtered and counted against the Lucene results instead of forcing a reindex.
 *
 * @param dimension       the dimension's name, e.g. {@code tag}; a request's filter for it selects any of its values
 * @param valuesByArticle the values of each article that has any; articles not listed have none
 */
public record LiveFacet(String dimension, Map<String, Set<String>> valuesByArticle) {

    public LiveFacet {
        Map<String, Set<String>> copy = new HashMap<>(valuesByArticle.size() * 2);
        valuesByArticle.forEach((id, values) -> copy.put(id, Set.copyOf(values)));
        valuesByArticle = Map.copyOf(copy);
    }

    /** The articles carrying any of {@code chosen}. */
    Set<String> articlesWithAnyOf(Set<String> chosen) {
        Set<String> out = new java.util.HashSet<>();
        valuesByArticle.forEach((id, values) -> {
            if (values.stream().anyMatch(chosen::contains)) {
                out.add(id);
            }
        });
        return out;
    }

    /** Value → number of the given articles carrying it. */
    Map<String, Integer> count(Iterable<String> articleIds) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : articleIds) {
            for (String value : valuesByArticle.getOrDefault(id, Set.of())) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts;
    }
}
