package org.corridor.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.corridor.corpus.Article;

/**
 * A workspace's recogniser whose lexicon is read and compiled on first use, on the background thread that
 * first recognises an article: the window's first frame never waits for the lexicon.
 */
public final class LazyRecogniser implements Recogniser {

    private final WorkspaceLexicon lexicon;
    private volatile Recogniser delegate;

    public LazyRecogniser(WorkspaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Mention> recognise(Article article) {
        return delegate().recognise(article);
    }

    private Recogniser delegate() {
        Recogniser d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    try {
                        d = Recognisers.cached(lexicon.service());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the lexicon: " + e.getMessage(), e);
                    }
                    delegate = d;
                }
            }
        }
        return d;
    }
}
