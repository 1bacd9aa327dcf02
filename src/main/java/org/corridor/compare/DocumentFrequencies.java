package org.corridor.compare;

/**
 * In how many articles of the corpus each word occurs: the inverse-document-frequency weights that make
 * "Gwadar" count for more than "said" when two sentences are compared.
 */
public interface DocumentFrequencies {

    /** Number of articles counted. */
    int documents();

    /** Number of articles containing the normalised word (see {@link WordTokens}). */
    int documentFrequency(String word);

    /** Smoothed inverse document frequency; a word the corpus never saw weighs most. */
    default double idf(String word) {
        return Math.log((documents() + 1.0) / (documentFrequency(word) + 1.0)) + 1.0;
    }

    /** No corpus: every word weighs the same, so similarity falls back to plain term-frequency cosine. */
    DocumentFrequencies NONE = new DocumentFrequencies() {
        @Override
        public int documents() {
            return 0;
        }

        @Override
        public int documentFrequency(String word) {
            return 0;
        }
    };
}
