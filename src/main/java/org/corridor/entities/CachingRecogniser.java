package org.corridor.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.corpus.Article;

/**
 * Remembers the mentions of recently opened articles, so switching back to an article shows its
 * highlights at once. An entry is valid for one article text and one lexicon version: a correction
 * by the user makes every article recognised again.
 */
public final class CachingRecogniser implements Recogniser {

    private static final int DEFAULT_CAPACITY = 256;

    private final EntityRecogniser delegate;
    private final Map<String, List<Mention>> cache;

    public CachingRecogniser(EntityRecogniser delegate) {
        this(delegate, DEFAULT_CAPACITY);
    }

    public CachingRecogniser(EntityRecogniser delegate, int capacity) {
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Mention>> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<Mention> recognise(Article article) {
        String key = key(article);
        synchronized (cache) {
            List<Mention> hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<Mention> mentions = delegate.recognise(article);
        synchronized (cache) {
            cache.put(key, mentions);
        }
        return mentions;
    }

    /** Article id, text identity and lexicon version: any change of these means a new recognition. */
    private String key(Article article) {
        return article.id() + '\u0000' + article.meta().fingerprint() + '\u0000' + article.text().length()
                + '\u0000' + article.meta().date() + '\u0000' + delegate.lexiconVersion();
    }

    /** How many articles are remembered (for tests). */
    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
