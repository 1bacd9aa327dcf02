package org.corridor.corpus.importing;

import java.util.List;

/**
 * Finds articles already in the corpus that might be near-duplicates of a text, cheaply and with false positives
 * allowed (each candidate is then compared exactly). The search index provides it; without an index, no
 * candidates, and only near-duplicates within one import are found.
 */
public interface SimilarArticles {

    SimilarArticles NONE = (body, max) -> List.of();

    /** Ids of up to {@code max} articles sharing many passages with {@code body}, most similar first. */
    List<String> candidates(String body, int max);
}
