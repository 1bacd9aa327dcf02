package org.corridor.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;

/**
 * The comparer of the open corpus, made once per corpus from its phrase index (loaded from the workspace
 * cache, or built and saved there). Reloading or opening another corpus gives a new corpus object, and with
 * it a fresh check of the cache against the corpus's content.
 */
public final class CorpusComparers {

    /** Where a workspace keeps the phrase index. */
    public static Path cacheFile(Path workspace) {
        return workspace.resolve("cache").resolve("shingles.bin");
    }

    private final CorpusShingles shingles;
    private Corpus corpus;
    private Comparer comparer;

    public CorpusComparers(Path workspace) {
        this.shingles = new CorpusShingles(new ShingleIndexStore(cacheFile(workspace)));
    }

    /** Slow the first time for a corpus (reads every article unless the cache matches), then immediate. */
    public synchronized Comparer forCorpus(Corpus corpus, ProgressListener progress) throws IOException {
        if (corpus != this.corpus) {
            comparer = new Comparer(shingles.loadOrBuild(corpus, progress));
            this.corpus = corpus;
        }
        return comparer;
    }
}
