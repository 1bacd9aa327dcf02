package org.corridor.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.corridor.corpus.Article;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.Mention;
import org.corridor.entities.Recogniser;
import org.corridor.entities.Recognisers;

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

    /**
     * The facet every index of a workspace uses (the search, the import, the window): its lexicon with the user's
     * corrections. One place, so no path adds articles to the index without their entities.
     */
    public static EntityFacet forWorkspace(Path workspace) throws IOException {
        return new EntityFacet(new EntityRecogniser(Recognisers.lexiconFor(workspace)));
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
