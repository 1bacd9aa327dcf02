package org.corridor.corpus.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.corridor.corpus.Article;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.Shingles;
import org.corridor.corpus.UnreadableFileException;

/**
 * Finds the article an imported text nearly repeats (five-word shingle Jaccard ≥ {@value #THRESHOLD}): among the
 * corpus through {@link SimilarArticles} candidates, and among the articles added earlier in the same import
 * through MinHash signatures in locality-sensitive buckets, so neither side is ever compared with everything.
 * Every candidate is confirmed with the exact Jaccard similarity.
 */
final class NearDuplicates {

    static final double THRESHOLD = 0.8;
    private static final int BANDS = 8;
    private static final int ROWS = 4;
    private static final int CORPUS_CANDIDATES = 5;

    /** The article a text resembles. */
    record Match(String id, String title, double similarity) {
    }

    private record Added(String id, String title) {
    }

    private final Corpus corpus;
    private final SimilarArticles similar;
    private final Function<String, Article> reopen;
    private final List<Added> added = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /**
     * @param reopen reads an article written earlier in this import back by id (they are not in {@code corpus})
     */
    NearDuplicates(Corpus corpus, SimilarArticles similar, Function<String, Article> reopen) {
        this.corpus = corpus;
        this.similar = similar;
        this.reopen = reopen;
    }

    Match find(String body, Set<Long> shingles) {
        Match best = null;
        for (String id : similar.candidates(body, CORPUS_CANDIDATES)) {
            best = better(best, id, corpusArticle(id), shingles);
        }
        for (int index : batchCandidates(signature(shingles))) {
            Added a = added.get(index);
            best = better(best, a.id(), reopen.apply(a.id()), shingles);
        }
        return best;
    }

    void remember(String id, String title, Set<Long> shingles) {
        int index = added.size();
        added.add(new Added(id, title));
        long[] sig = signature(shingles);
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>(1)).add(index);
        }
    }

    private static Match better(Match best, String id, Article candidate, Set<Long> shingles) {
        if (candidate == null) {
            return best;
        }
        double j = Shingles.jaccard(shingles, Shingles.of(candidate.body()));
        if (j >= THRESHOLD && (best == null || j > best.similarity())) {
            return new Match(id, candidate.meta().title(), j);
        }
        return best;
    }

    private Article corpusArticle(String id) {
        try {
            return corpus.open(id);
        } catch (IOException | UnreadableFileException e) {
            return null; // a file that vanished since the catalog was read resembles nothing
        }
    }

    private List<Integer> batchCandidates(long[] sig) {
        List<Integer> found = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            for (int index : buckets.getOrDefault(bandKey(sig, band), List.of())) {
                if (!found.contains(index)) {
                    found.add(index);
                }
            }
        }
        return found;
    }

    /** MinHash: per seeded hash function, the smallest hash over the shingles. Equal entries ≈ Jaccard. */
    private static long[] signature(Set<Long> shingles) {
        long[] sig = new long[BANDS * ROWS];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < sig.length; i++) {
                long h = mix(s ^ (0x9E3779B97F4A7C15L * (i + 1)));
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    private static long bandKey(long[] sig, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = mix(key * 31 + sig[band * ROWS + r]);
        }
        return key;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
