package org.corridor.compare;

import java.util.List;

/**
 * How many articles of the corpus contain a phrase: what tells a stock diplomatic formula (found in dozens of
 * articles) from a sentence that two outlets alone share (wire copy reused). Served by the in-memory shingle
 * index today; a Lucene phrase query over the search index can serve the same question for large corpora.
 */
public interface PhraseFrequency {

    /** The answer when no corpus index is available. */
    int UNKNOWN = -1;

    /**
     * @param words the phrase's words, normalised as {@link WordTokens} does (lower case, no punctuation)
     * @return the number of articles containing the words in this order, or {@link #UNKNOWN}
     */
    int articlesContaining(List<String> words);

    /** For comparisons made without a corpus (two loose files): every frequency is unknown. */
    PhraseFrequency NONE = words -> UNKNOWN;
}
