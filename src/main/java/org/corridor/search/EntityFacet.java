package org.corridor.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.corridor.corpus.Article;
import org.corridor.entities.Mention;
import org.corridor.entities.Recogniser;

/**
 * The {@code entity} facet, fed at index time: the ids of the entities an article mentions, plus one
 * {@code group:<id>} value per named group whose members it mentions, so "the five corridors" or "the 5 Es" is a
 * single filter whichever member an article names. Recognition is fast enough (several MB/s) to run on every
 * indexed article; give it an uncached recogniser so indexing 100,000 articles does not fill a cache.
 */
public final class EntityFacet implements FacetContributor {

    public static final String DIMENSION = "entity";
    public static final String GROUP_PREFIX = "group:";

    private final Recogniser recogniser;

    public EntityFacet(Recogniser recogniser) {
        this.recogniser = recogniser;
    }

    @Override
    public String dimension() {
        return DIMENSION;
    }

    @Override
    public Collection<String> values(Article article) {
        Set<String> values = new LinkedHashSet<>();
        for (Mention m : recogniser.recognise(article)) {
            if (m.entityId() != null) {
                values.add(m.entityId());
            }
            if (m.group() != null) {
                values.add(GROUP_PREFIX + m.group());
            }
        }
        return values;
    }
}
