package org.corridor.compare;

import java.util.Set;

/**
 * English function words left out of sentence similarity. With a small corpus the inverse document
 * frequency cannot yet tell that "the" carries no meaning, so two sentences would look alike for sharing
 * "of the" and "said that"; dropping these words keeps the score about content.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
            "as", "into", "onto", "over", "under", "about", "after", "before", "between", "through", "during",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
            "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "it", "its", "this", "that", "these", "those", "there", "here", "which", "who", "whom", "whose",
            "what", "when", "where", "why", "how", "he", "she", "they", "we", "i", "you", "him", "her", "them",
            "us", "me", "his", "their", "our", "your", "my", "not", "no", "so", "than", "then", "also", "such",
            "said", "says", "say", "while", "if", "all", "any", "each", "other", "more", "most", "very", "up",
            "out", "s", "just", "only", "both", "further");

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
