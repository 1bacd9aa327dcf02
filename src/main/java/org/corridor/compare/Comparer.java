package org.corridor.compare;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.corpus.Article;
import org.corridor.entities.Mention;

/**
 * Compares two articles whose mentions are known. Results are cached by the two articles' ids and text
 * fingerprints (and their mention lists, which change when the user teaches the recogniser), so going back
 * and forth between comparisons, or swapping sides twice, costs nothing.
 */
public final class Comparer {

    private static final int CACHE_SIZE = 32;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SharedPhraseFinder phraseFinder = new SharedPhraseFinder();
    private final EntityOverlap entityOverlap = new EntityOverlap();
    private final PhraseFrequency phraseFrequency;
    private final SentenceAligner aligner;
    private final Map<Key, Comparison> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Comparison> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public Comparer(PhraseFrequency phraseFrequency, DocumentFrequencies documentFrequencies) {
        this.phraseFrequency = phraseFrequency;
        this.aligner = new SentenceAligner(documentFrequencies);
    }

    /** A comparer over the corpus's index, which serves both phrase and word frequencies. */
    public Comparer(ShingleIndex index) {
        this(index, index);
    }

    private record Key(String idA, String fingerprintA, int textA, int mentionsA,
                       String idB, String fingerprintB, int textB, int mentionsB) {
    }

    public Comparison compare(Article a, List<Mention> mentionsA, Article b, List<Mention> mentionsB) {
        Key key = new Key(a.id(), a.meta().fingerprint(), a.text().hashCode(), mentionsA.hashCode(),
                b.id(), b.meta().fingerprint(), b.text().hashCode(), mentionsB.hashCode());
        synchronized (cache) {
            Comparison cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Comparison computed = compute(a, mentionsA, b, mentionsB);
        synchronized (cache) {
            cache.put(key, computed);
        }
        return computed;
    }

    private Comparison compute(Article a, List<Mention> mentionsA, Article b, List<Mention> mentionsB) {
        WordTokens wordsA = WordTokens.of(a.text(), a.bodyStart(), a.bodyEnd());
        WordTokens wordsB = WordTokens.of(b.text(), b.bodyStart(), b.bodyEnd());
        List<Span> sentencesA = splitter.split(a);
        List<Span> sentencesB = splitter.split(b);
        List<SharedPhrase> phrases = phraseFinder.find(a.text(), wordsA, wordsB, phraseFrequency);
        SentenceAligner.Result aligned = aligner.align(sentencesA, wordsA, sentencesB, wordsB);
        EntityOverlap.Result entities = entityOverlap.compare(mentionsA, mentionsB);
        Long days = a.meta().date() == null || b.meta().date() == null ? null
                : ChronoUnit.DAYS.between(a.meta().date(), b.meta().date());
        return new Comparison(ComparedArticle.of(a.meta(), sentencesA.size(), wordsA.size()),
                ComparedArticle.of(b.meta(), sentencesB.size(), wordsB.size()),
                entities.categories(), entities.groups(), phrases, aligned.pairs(), aligned.similarity(), days);
    }
}
