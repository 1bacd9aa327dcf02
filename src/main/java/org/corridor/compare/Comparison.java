package org.corridor.compare;

import java.util.List;

/**
 * Everything a comparison of two articles found, as plain data (no text, only spans into each article's
 * full text), for the CLI's JSON and the side-by-side view alike.
 *
 * @param a                the first (left) article
 * @param b                the second (right) article
 * @param entities         per category: entities in both, only in A, only in B
 * @param groups           per initiative group: the members each article mentions
 * @param sharedPhrases    maximal common word runs of at least four words, longest first
 * @param alignedSentences for each sentence of A that has one, its most similar sentence of B, in A's order
 * @param similarity       TF-IDF cosine of the two whole bodies, 0..1
 * @param daysBetween      days from A's publication date to B's (negative when B is older), or null when
 *                         either date is unknown
 */
public record Comparison(ComparedArticle a, ComparedArticle b, List<CategoryOverlap> entities,
                         List<GroupOverlap> groups, List<SharedPhrase> sharedPhrases,
                         List<AlignedSentence> alignedSentences, double similarity, Long daysBetween) {

    public Comparison {
        entities = List.copyOf(entities);
        groups = List.copyOf(groups);
        sharedPhrases = List.copyOf(sharedPhrases);
        alignedSentences = List.copyOf(alignedSentences);
    }
}
