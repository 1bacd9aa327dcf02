package org.corridor.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs each sentence of A with the most similar sentence of B by TF-IDF cosine, weights taken from the
 * corpus's document frequencies, so sharing "Gwadar" and "airport" counts and sharing "said" does not.
 * Cosine is chosen over edit distance because reworded wire copy keeps its content words but not their
 * order; over embeddings because it needs no model and explains itself (the shared words are visible).
 * An inverted index over B's sentences makes the all-pairs search linear in the number of shared words.
 */
public final class SentenceAligner {

    /**
     * Tuned on the seeds: sentences reporting the same fact in other words score 0.27 to 0.4 (the all-weather
     * partnership in 000/004, Sun Weidong's visit in 000/001, COVID aid in 002/004, the momentum of high-level
     * contacts in 002/003), while sentences that merely share the topic (China, Pakistan, cooperation, a
     * headline against a long wire sentence) score up to 0.2, which a reader cannot call aligned.
     */
    public static final double THRESHOLD = 0.25;

    /** A pair must share at least this many content words: one common name is a coincidence. */
    private static final int MIN_SHARED_WORDS = 2;

    private final DocumentFrequencies frequencies;

    public SentenceAligner(DocumentFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    /** The aligned pairs, in A's order, and the whole-text similarity. */
    public record Result(List<AlignedSentence> pairs, double similarity) {
    }

    public Result align(List<Span> sentencesA, WordTokens a, List<Span> sentencesB, WordTokens b) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Vector> vectorsA = new ArrayList<>(sentencesA.size());
        List<Vector> vectorsB = new ArrayList<>(sentencesB.size());
        Terms termsA = terms(a, vocabulary);
        Terms termsB = terms(b, vocabulary);
        double[] idf = idf(vocabulary);
        for (Span s : sentencesA) {
            vectorsA.add(vector(termsA, a.firstAtOrAfter(s.start()), a.firstAtOrAfter(s.end()), idf));
        }
        for (Span s : sentencesB) {
            vectorsB.add(vector(termsB, b.firstAtOrAfter(s.start()), b.firstAtOrAfter(s.end()), idf));
        }
        Postings index = new Postings(vocabulary.size(), vectorsB);
        List<AlignedSentence> pairs = new ArrayList<>();
        double[] scores = new double[vectorsB.size()];
        int[] shared = new int[vectorsB.size()];
        for (int s = 0; s < vectorsA.size(); s++) {
            Arrays.fill(scores, 0);
            Arrays.fill(shared, 0);
            Vector v = vectorsA.get(s);
            for (int k = 0; k < v.terms.length; k++) {
                int term = v.terms[k];
                for (int p = index.start[term]; p < index.start[term + 1]; p++) {
                    scores[index.sentence[p]] += v.weights[k] * index.weight[p];
                    shared[index.sentence[p]]++;
                }
            }
            int best = -1;
            for (int t = 0; t < scores.length; t++) {
                if (shared[t] >= MIN_SHARED_WORDS && scores[t] >= THRESHOLD && (best < 0 || scores[t] > scores[best])) {
                    best = t;
                }
            }
            if (best >= 0) {
                pairs.add(new AlignedSentence(sentencesA.get(s), sentencesB.get(best), Math.min(1.0, scores[best])));
            }
        }
        double similarity = vector(termsA, 0, a.size(), idf).dot(vector(termsB, 0, b.size(), idf));
        return new Result(pairs, Math.min(1.0, similarity));
    }

    /** Each word as a term id, or -1 for a function word. */
    private record Terms(int[] ids) {
    }

    private static Terms terms(WordTokens tokens, Map<String, Integer> vocabulary) {
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            String w = tokens.word(i);
            ids[i] = StopWords.contains(w) ? -1 : vocabulary.computeIfAbsent(w, k -> vocabulary.size());
        }
        return new Terms(ids);
    }

    private double[] idf(Map<String, Integer> vocabulary) {
        double[] idf = new double[vocabulary.size()];
        vocabulary.forEach((word, id) -> idf[id] = frequencies.idf(word));
        return idf;
    }

    /** A sparse unit-length TF-IDF vector, terms in ascending order. */
    private record Vector(int[] terms, double[] weights) {
        double dot(Vector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                if (terms[i] < other.terms[j]) {
                    i++;
                } else if (terms[i] > other.terms[j]) {
                    j++;
                } else {
                    sum += weights[i++] * other.weights[j++];
                }
            }
            return sum;
        }
    }

    /** Vector of words {@code [from, to)}. */
    private static Vector vector(Terms terms, int from, int to, double[] idf) {
        int[] ids = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (terms.ids[i] >= 0) {
                ids[n++] = terms.ids[i];
            }
        }
        Arrays.sort(ids, 0, n);
        int[] distinct = new int[n];
        double[] weights = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && distinct[m - 1] == ids[i]) {
                weights[m - 1] += idf[ids[i]];
            } else {
                distinct[m] = ids[i];
                weights[m++] = idf[ids[i]];
            }
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            norm += weights[i] * weights[i];
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < m; i++) {
            weights[i] /= length;
        }
        return new Vector(Arrays.copyOf(distinct, m), Arrays.copyOf(weights, m));
    }

    /** B's sentence vectors inverted: for each term, the sentences containing it and its weight there. */
    private static final class Postings {
        final int[] start;
        final int[] sentence;
        final double[] weight;

        Postings(int terms, List<Vector> vectors) {
            start = new int[terms + 1];
            for (Vector v : vectors) {
                for (int t : v.terms) {
                    start[t + 1]++;
                }
            }
            for (int t = 0; t < terms; t++) {
                start[t + 1] += start[t];
            }
            sentence = new int[start[terms]];
            weight = new double[start[terms]];
            int[] fill = Arrays.copyOf(start, terms);
            for (int s = 0; s < vectors.size(); s++) {
                Vector v = vectors.get(s);
                for (int k = 0; k < v.terms.length; k++) {
                    int at = fill[v.terms[k]]++;
                    sentence[at] = s;
                    weight[at] = v.weights[k];
                }
            }
        }
    }
}
