package org.corridor.compare;

/**
 * A sentence of the first article and the most similar sentence of the second.
 *
 * @param inA   the sentence in the first article's text
 * @param inB   the sentence in the second article's text
 * @param score TF-IDF cosine similarity, 0..1
 */
public record AlignedSentence(Span inA, Span inB, double score) {
}
