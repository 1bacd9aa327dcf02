package org.corridor.corpus.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.corridor.corpus.Article;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.MinHash;
import org.corridor.corpus.Shingles;
import org.corridor.corpus.UnreadableFileException;

/**
 * Finds the article an imported text nearly repeats (five-word shingle Jaccard ≥ {@value #THRESHOLD}): in the
 * corpus through the index's {@link SimilarArticles}, and among the articles added earlier in the same import
 * through their MinHash band keys, so neither side is ever compared with everything. A candidate whose estimated
 * similarity is high is confirmed with the exact one.
 */
final class NearDuplicates {

    static final double THRESHOLD = 0.8;
    private static final int CORPUS_CANDIDATES = 3;

    /** The article a text resembles. */
    record Match(String id, String title, double similarity) {
    }

    private final Corpus corpus;
    private final SimilarArticles similar;
    private final Function<String, Article> reopen;
    private final List<String> addedIds = new ArrayList<>();
    private final List<long[]> addedSignatures = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /**
     * @param reopen reads an article written earlier in this import back by id (they are not in {@code corpus})
     */
    NearDuplicates(Corpus corpus, SimilarArticles similar, Function<String, Article> reopen) {
        this.corpus = corpus;
        this.similar = similar;
        this.reopen = reopen;
    }

    /** The article {@code body} nearly repeats, never the one with id {@code except} (may be null); null if none. */
    Match find(String body, long[] signature, String except) {
        Set<Long> shingles = null;
        Match best = null;
        for (String id : similar.candidates(signature, CORPUS_CANDIDATES + (except == null ? 0 : 1))) {
            if (id.equals(except)) {
                continue;
            }
            shingles = shingles == null ? Shingles.of(body) : shingles;
            best = better(best, id, corpusArticle(id), shingles);
        }
        for (int index : batchCandidates(signature)) {
            if (MinHash.estimate(signature, addedSignatures.get(index)) >= MinHash.LIKELY_NEAR_DUPLICATE) {
                shingles = shingles == null ? Shingles.of(body) : shingles;
                String id = addedIds.get(index);
                best = better(best, id, reopen.apply(id), shingles);
            }
        }
        return best;
    }

    void remember(String id, long[] signature) {
        int index = addedIds.size();
        addedIds.add(id);
        addedSignatures.add(signature);
        for (long key : MinHash.bandKeys(signature)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(index);
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

    private Set<Integer> batchCandidates(long[] signature) {
        Set<Integer> found = new LinkedHashSet<>();
        for (long key : MinHash.bandKeys(signature)) {
            found.addAll(buckets.getOrDefault(key, List.of()));
        }
        return found;
    }
}
