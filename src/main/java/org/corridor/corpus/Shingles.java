package org.corridor.corpus;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Overlapping runs of {@value #SIZE} words of a text's normalised form, hashed: two texts with a high share of
 * common shingles (Jaccard similarity) are the same article with small edits — another agency's copy, a
 * re-edited version, a page saved twice with different menus.
 */
public final class Shingles {

    public static final int SIZE = 5;

    private Shingles() {
    }

    public static Set<Long> of(CharSequence text) {
        Set<Long> shingles = new HashSet<>();
        forEach(text, shingles::add);
        return shingles;
    }

    /** Calls {@code sink} with the hash of every shingle (a text shorter than five words is one shingle). */
    public static void forEach(CharSequence text, LongConsumer sink) {
        String[] words = Fingerprint.normalise(text).split(" ");
        if (words.length < SIZE) {
            sink.accept(hash(words, 0, words.length));
            return;
        }
        for (int i = 0; i + SIZE <= words.length; i++) {
            sink.accept(hash(words, i, i + SIZE));
        }
    }

    /** Shared shingles over all shingles: 1 for the same text, 0 for texts with no five-word run in common. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (Long s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** A 64-bit FNV-1a hash: collisions among a few thousand shingles are negligible. */
    private static long hash(String[] words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            String w = words[i];
            for (int k = 0; k < w.length(); k++) {
                h ^= w.charAt(k);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return h;
    }
}
