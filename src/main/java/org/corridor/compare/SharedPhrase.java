package org.corridor.compare;

import java.util.List;

/**
 * A maximal run of words that both articles contain (after normalising case and punctuation).
 *
 * @param text             the phrase as the first article writes it
 * @param words            its length in words
 * @param inA              where it occurs in the first article's text
 * @param inB              where it occurs in the second article's text
 * @param corpusFrequency  how many articles of the corpus contain it (the two compared included when they
 *                         belong to the corpus), or {@link PhraseFrequency#UNKNOWN}
 */
public record SharedPhrase(String text, int words, List<Span> inA, List<Span> inB, int corpusFrequency) {

    public SharedPhrase {
        inA = List.copyOf(inA);
        inB = List.copyOf(inB);
    }
}
