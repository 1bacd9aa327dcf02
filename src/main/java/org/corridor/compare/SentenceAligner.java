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
     * Tuned on the seeds: sentences reporting the same fact in other words score 0.18 to 0.4 (the
     * all-weather partnership in 000/002/004, Sun Weidong's visit in 000/001, COVID aid in 002/004), while
     * sentences that merely share the topic (China, Pakistan, cooperation) stay below 0.18.
     */
    public static final double THRESHOLD = 0.18;

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
        List<Map<String, Double>> vectorsA = vectors(sentencesA, a);
        List<Map<String, Double>> vectorsB = vectors(sentencesB, b);
        Map<String, List<Posting>> index = invert(vectorsB);
        List<AlignedSentence> pairs = new ArrayList<>();
        double[] scores = new double[vectorsB.size()];
        int[] shared = new int[vectorsB.size()];
        for (int s = 0; s < vectorsA.size(); s++) {
            Arrays.fill(scores, 0);
            Arrays.fill(shared, 0);
            for (Map.Entry<String, Double> term : vectorsA.get(s).entrySet()) {
                for (Posting p : index.getOrDefault(term.getKey(), List.of())) {
                    scores[p.sentence] += term.getValue() * p.weight;
                    shared[p.sentence]++;
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
        double similarity = cosine(vector(a, 0, a.size()), vector(b, 0, b.size()));
        return new Result(pairs, similarity);
    }

    private record Posting(int sentence, double weight) {
    }

    private static Map<String, List<Posting>> invert(List<Map<String, Double>> vectors) {
        Map<String, List<Posting>> index = new HashMap<>();
        for (int s = 0; s < vectors.size(); s++) {
            for (Map.Entry<String, Double> e : vectors.get(s).entrySet()) {
                index.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(s, e.getValue()));
            }
        }
        return index;
    }

    private List<Map<String, Double>> vectors(List<Span> sentences, WordTokens tokens) {
        List<Map<String, Double>> out = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            int from = tokens.firstAtOrAfter(s.start());
            int to = tokens.firstAtOrAfter(s.end());
            out.add(vector(tokens, from, to));
        }
        return out;
    }

    /** Unit-length TF-IDF vector of words {@code [from, to)}, function words left out. */
    private Map<String, Double> vector(WordTokens tokens, int from, int to) {
        Map<String, Double> counts = new HashMap<>();
        for (int i = from; i < to; i++) {
            String w = tokens.word(i);
            if (!StopWords.contains(w)) {
                counts.merge(w, 1.0, Double::sum);
            }
        }
        double norm = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double weight = e.getValue() * frequencies.idf(e.getKey());
            e.setValue(weight);
            norm += weight * weight;
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            counts.replaceAll((w, v) -> v / length);
        }
        return counts;
    }

    private static double cosine(Map<String, Double> x, Map<String, Double> y) {
        Map<String, Double> small = x.size() <= y.size() ? x : y;
        Map<String, Double> large = small == x ? y : x;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return Math.min(1.0, dot);
    }
}
