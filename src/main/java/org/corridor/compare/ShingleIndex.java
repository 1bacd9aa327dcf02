package org.corridor.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small inverted index of the corpus for phrase and word frequencies. Each (shingle, article) pair is one
 * {@code long}: the shingle's 40-bit hash above a 24-bit article number, kept sorted, so looking up a shingle
 * is a binary search and the index costs 8 bytes per distinct 4-gram per article (about 0.4 GB for 100,000
 * articles of 500 words; past that, a Lucene phrase query serves {@link PhraseFrequency} instead).
 * A phrase counts in an article when its rarest shingles do: exact for 4-word phrases, an upper bound for
 * longer ones that in news text practically never differs (the words would have to occur in another order).
 */
public final class ShingleIndex implements PhraseFrequency, DocumentFrequencies {

    static final int DOC_BITS = 64 - Shingles.HASH_BITS;
    static final int MAX_DOCUMENTS = 1 << DOC_BITS;
    private static final long DOC_MASK = MAX_DOCUMENTS - 1L;
    /**
     * Intersecting more than the rarest few shingles of a long phrase hardly ever changes the count (the rarest
     * decide it) but costs time proportional to how common the others are.
     */
    private static final int MAX_INTERSECTED = 8;

    private final int documents;
    private final long[] postings;
    private final Map<String, Integer> wordFrequencies;

    ShingleIndex(int documents, long[] postings, Map<String, Integer> wordFrequencies) {
        this.documents = documents;
        this.postings = postings;
        this.wordFrequencies = wordFrequencies;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int documents() {
        return documents;
    }

    @Override
    public int documentFrequency(String word) {
        return wordFrequencies.getOrDefault(word, 0);
    }

    @Override
    public int articlesContaining(List<String> words) {
        if (words.size() < Shingles.WORDS) {
            return words.size() == 1 ? documentFrequency(words.get(0)) : UNKNOWN;
        }
        // The phrase's disjoint 4-grams (plus its last one) cover every word; the rarest few of them decide.
        int count = (words.size() + Shingles.WORDS - 1) / Shingles.WORDS;
        int[][] ranges = new int[count][];
        for (int k = 0; k < count; k++) {
            int first = Math.min(k * Shingles.WORDS, words.size() - Shingles.WORDS);
            ranges[k] = range(Shingles.hash(words, first));
        }
        Arrays.sort(ranges, (x, y) -> Integer.compare(x[1] - x[0], y[1] - y[0]));
        int[] common = articles(ranges[0]);
        int n = common.length;
        for (int k = 1; k < Math.min(ranges.length, MAX_INTERSECTED) && n > 0; k++) {
            n = retainIn(common, n, ranges[k]);
        }
        return n;
    }

    /** Where the shingle's postings lie: {from, to}. */
    private int[] range(long shingle) {
        long low = shingle << DOC_BITS;
        int from = lowerBound(low);
        boolean last = shingle == (1L << Shingles.HASH_BITS) - 1;
        int to = last ? postings.length : lowerBound(low + MAX_DOCUMENTS);
        return new int[] {from, to};
    }

    /** Sorted article numbers of a posting range. */
    private int[] articles(int[] range) {
        int[] docs = new int[range[1] - range[0]];
        for (int i = range[0]; i < range[1]; i++) {
            docs[i - range[0]] = (int) (postings[i] & DOC_MASK);
        }
        return docs;
    }

    private int lowerBound(long key) {
        int lo = 0;
        int hi = postings.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(postings[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Keeps the first {@code n} articles that also occur in the posting range; returns how many remain. */
    private int retainIn(int[] docs, int n, int[] range) {
        if (range[0] == range[1]) {
            return 0;
        }
        long shingleBits = postings[range[0]] & ~DOC_MASK;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (Arrays.binarySearch(postings, range[0], range[1], shingleBits | docs[i]) >= 0) {
                docs[kept++] = docs[i];
            }
        }
        return kept;
    }

    long[] postings() {
        return postings;
    }

    Map<String, Integer> wordFrequencies() {
        return wordFrequencies;
    }

    /** Collects articles one by one (in the background), then sorts once. */
    public static final class Builder {
        private long[] postings = new long[1024];
        private int size;
        private int documents;
        private final Map<String, Integer> wordFrequencies = new HashMap<>();

        public Builder add(WordTokens tokens) {
            if (documents >= MAX_DOCUMENTS) {
                throw new IllegalStateException("the shingle index holds at most " + MAX_DOCUMENTS + " articles");
            }
            List<String> words = tokens.words();
            long[] shingles = Shingles.all(words);
            Arrays.sort(shingles);
            long doc = documents++;
            long previous = -1;
            for (long s : shingles) {
                if (s != previous) {
                    append((s << DOC_BITS) | doc);
                    previous = s;
                }
            }
            Set<String> distinct = new HashSet<>(words);
            for (String w : distinct) {
                wordFrequencies.merge(w, 1, Integer::sum);
            }
            return this;
        }

        private void append(long posting) {
            if (size == postings.length) {
                postings = Arrays.copyOf(postings, size * 2);
            }
            postings[size++] = posting;
        }

        public ShingleIndex build() {
            long[] sorted = Arrays.copyOf(postings, size);
            // Hashes use all 64 bits once shifted, so order them as unsigned numbers, as the look-up does.
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] ^= Long.MIN_VALUE;
            }
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] ^= Long.MIN_VALUE;
            }
            return new ShingleIndex(documents, sorted, Map.copyOf(wordFrequencies));
        }
    }
}
