package org.corridor.compare;

import java.util.List;

/**
 * Hashes of word 4-grams ("shingles"). A phrase of n words contains n-3 shingles; an article contains the
 * phrase only if it contains all of them, which the index checks without keeping any text.
 */
final class Shingles {

    static final int WORDS = 4;

    /** Bits of the hash kept in the index; 40 bits keep collisions rare (~1e-5 per look-up at 10M shingles). */
    static final int HASH_BITS = 40;

    private Shingles() {
    }

    /** The shingle starting at word {@code first}. */
    static long hash(List<String> words, int first) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = 0; k < WORDS; k++) {
            h = (h ^ words.get(first + k).hashCode()) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        h ^= h >>> 32;
        return h >>> (64 - HASH_BITS);
    }

    /** Every shingle of the words, in order; empty when there are fewer than four words. */
    static long[] all(List<String> words) {
        int n = Math.max(0, words.size() - WORDS + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = hash(words, i);
        }
        return out;
    }
}
