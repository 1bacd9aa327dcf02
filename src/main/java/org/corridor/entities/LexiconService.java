package org.corridor.entities;

import java.util.concurrent.atomic.AtomicLong;
import org.corridor.entities.lexicon.CompiledLexicon;
import org.corridor.entities.lexicon.Lexicon;
import org.corridor.entities.user.Corrections;
import org.corridor.entities.user.UserLexicon;

/**
 * The lexicon in force: the bundled one (with countries) plus the user's corrections, recompiled whenever
 * a correction is added, edited or removed. The bundled lexicon is never changed.
 */
public final class LexiconService implements LexiconSource {

    private final Lexicon bundled;
    private final Corrections corrections;
    private final AtomicLong versions = new AtomicLong();
    private volatile CompiledLexicon current;

    public LexiconService(Lexicon bundled, Corrections corrections) {
        this.bundled = bundled;
        this.corrections = corrections;
        recompile();
        corrections.addListener(this::recompile);
    }

    private void recompile() {
        UserLexicon user = UserLexicon.compile(corrections.list(), corrections.handWrittenEntities(), bundled);
        current = new CompiledLexicon(bundled, user.additions(), user.rejected(), versions.incrementAndGet());
    }

    @Override
    public CompiledLexicon current() {
        return current;
    }

    public Lexicon bundled() {
        return bundled;
    }

    public Corrections corrections() {
        return corrections;
    }
}
