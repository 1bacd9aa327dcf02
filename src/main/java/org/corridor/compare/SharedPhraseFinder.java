package org.corridor.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the word runs two texts share: every 4-word window of A that also occurs in B is a seed; a seed that
 * cannot be extended to the left starts a run, which is extended to the right as far as both texts agree.
 * Seeds inside a run are skipped, so identical texts cost one pass, not a quadratic one. Runs with the same
 * words are merged into one phrase with all its places in both texts.
 */
public final class SharedPhraseFinder {

    /** The shortest run reported: three-word runs are mostly chance ("the two countries"). */
    public static final int MIN_WORDS = Shingles.WORDS;

    public List<SharedPhrase> find(String textA, WordTokens a, WordTokens b, PhraseFrequency frequency) {
        Map<String, Integer> vocabulary = new HashMap<>();
        int[] idsA = ids(a, vocabulary);
        int[] idsB = ids(b, vocabulary);
        Map<Long, List<Integer>> seedsInB = seeds(idsB);
        Map<String, Occurrences> byWords = new LinkedHashMap<>();
        for (int i = 0; i + MIN_WORDS <= idsA.length; i++) {
            List<Integer> candidates = seedsInB.get(key(idsA, i));
            if (candidates == null) {
                continue;
            }
            for (int j : candidates) {
                if (!sameWords(idsA, i, idsB, j, MIN_WORDS) || (i > 0 && j > 0 && idsA[i - 1] == idsB[j - 1])) {
                    continue;
                }
                int length = MIN_WORDS;
                while (i + length < idsA.length && j + length < idsB.length && idsA[i + length] == idsB[j + length]) {
                    length++;
                }
                String words = String.join(" ", a.words().subList(i, i + length));
                Occurrences o = byWords.computeIfAbsent(words, k -> new Occurrences());
                o.inA.add(a.span(i, i + length - 1));
                o.inB.add(b.span(j, j + length - 1));
            }
        }
        List<SharedPhrase> phrases = new ArrayList<>(byWords.size());
        for (Map.Entry<String, Occurrences> e : byWords.entrySet()) {
            List<String> words = List.of(e.getKey().split(" "));
            List<Span> inA = sorted(e.getValue().inA);
            List<Span> inB = sorted(e.getValue().inB);
            phrases.add(new SharedPhrase(inA.get(0).of(textA), words.size(), inA, inB,
                    frequency.articlesContaining(words)));
        }
        phrases.sort(Comparator.comparingInt(SharedPhrase::words).reversed()
                .thenComparingInt(p -> p.inA().get(0).start()));
        return phrases;
    }

    private static final class Occurrences {
        final Set<Span> inA = new LinkedHashSet<>();
        final Set<Span> inB = new LinkedHashSet<>();
    }

    private static List<Span> sorted(Set<Span> spans) {
        List<Span> list = new ArrayList<>(spans);
        list.sort(Comparator.comparingInt(Span::start));
        return list;
    }

    private static int[] ids(WordTokens tokens, Map<String, Integer> vocabulary) {
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.computeIfAbsent(tokens.word(i), w -> vocabulary.size());
        }
        return ids;
    }

    private static Map<Long, List<Integer>> seeds(int[] ids) {
        Map<Long, List<Integer>> seeds = new HashMap<>();
        for (int j = 0; j + MIN_WORDS <= ids.length; j++) {
            seeds.computeIfAbsent(key(ids, j), k -> new ArrayList<>(1)).add(j);
        }
        return seeds;
    }

    /** A hash of four word ids; equal keys are checked word by word, so collisions cost nothing but time. */
    private static long key(int[] ids, int i) {
        long h = 17;
        for (int k = 0; k < MIN_WORDS; k++) {
            h = h * 1_000_003L + ids[i + k];
        }
        return h;
    }

    private static boolean sameWords(int[] a, int i, int[] b, int j, int length) {
        for (int k = 0; k < length; k++) {
            if (a[i + k] != b[j + k]) {
                return false;
            }
        }
        return true;
    }
}
