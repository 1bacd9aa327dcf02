package org.corridor.entities;

import java.io.IOException;
import java.nio.file.Path;
import org.corridor.entities.lexicon.BundledLexicon;
import org.corridor.entities.user.CorrectionStore;
import org.corridor.entities.user.Corrections;

/** Builds the recogniser of a workspace: bundled lexicon + the workspace's corrections + the rules + a cache. */
public final class Recognisers {

    private Recognisers() {
    }

    /** The lexicon service of a workspace ({@code null} workspace: no corrections are stored). */
    public static LexiconService lexiconFor(Path workspace) throws IOException {
        Corrections corrections = new Corrections(workspace == null ? null : CorrectionStore.inWorkspace(workspace));
        return new LexiconService(BundledLexicon.load(), corrections);
    }

    public static CachingRecogniser cached(LexiconSource lexicon) {
        return new CachingRecogniser(new EntityRecogniser(lexicon));
    }
}
