package org.corridor.search;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.corridor.corpus.Article;

/**
 * Feeds one facet dimension of the index besides the built-in {@code source}: the entity feature contributes the
 * entity ids an article mentions, the notes feature the tag ids of its annotations. Each value becomes a filter
 * and is counted over the current results. When an article's values change (a new tag), the contributor's owner
 * asks the index to {@link SearchIndex#refresh refresh} that article.
 */
public interface FacetContributor {

    /** The dimension's name, e.g. {@code entity} or {@code tag}: lower-case letters only. */
    String dimension();

    /** The article's values in this dimension (ids, not labels); empty when it has none. */
    Collection<String> values(Article article);

    /**
     * What the values depend on besides the article, saved with the index: when it differs at the next sync, the
     * articles {@link #changedPhrases} names are indexed again. Empty for values that depend on the article alone.
     */
    default String stamp() {
        return "";
    }

    /**
     * The phrases whose articles may have other values under the {@code current} stamp than under {@code previous};
     * empty when any article may, and then every article is indexed again.
     */
    default Optional<Set<String>> changedPhrases(String previous, String current) {
        return Optional.empty();
    }
}
