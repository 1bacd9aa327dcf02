package org.corridor.corpus.importing;

import java.util.List;

/**
 * Finds articles already in the corpus that are probably near-duplicates of a text, from its MinHash signature
 * ({@link org.corridor.corpus.MinHash}); the importer confirms each with the exact similarity. The search index
 * provides it; without an index there are no candidates, and only near-duplicates within one import are found.
 */
public interface SimilarArticles {

    SimilarArticles NONE = (signature, max) -> List.of();

    /** Ids of up to {@code max} articles whose estimated similarity is high, most similar first. */
    List<String> candidates(long[] signature, int max);
}
