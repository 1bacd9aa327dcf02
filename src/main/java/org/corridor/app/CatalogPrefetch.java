package org.corridor.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.ui.shell.CorpusSession;

/**
 * Reads the workspace's cached catalog while the JavaFX toolkit starts, so the window can list 100,000 articles
 * as soon as it is shown instead of a second later. Used once, for the corpus the window opens first; any other
 * folder is read when asked.
 */
final class CatalogPrefetch implements CorpusSession.CachedCatalog {

    private final CorpusLoader loader;
    private final StartupPaths paths;
    private final CompletableFuture<Optional<Corpus>> first;

    private CatalogPrefetch(CorpusLoader loader, StartupPaths paths) {
        this.loader = loader;
        this.paths = paths;
        this.first = new CompletableFuture<>();
    }

    /** Starts reading on a daemon thread of its own. */
    static CatalogPrefetch start(CorpusLoader loader, StartupPaths paths) {
        CatalogPrefetch prefetch = new CatalogPrefetch(loader, paths);
        Thread reader = new Thread(() -> {
            try {
                prefetch.first.complete(loader.loadCached(paths.corpus(), paths.workspace()));
            } catch (IOException | RuntimeException e) {
                prefetch.first.completeExceptionally(e);
            }
        }, "corridor-catalog-prefetch");
        reader.setDaemon(true);
        reader.start();
        return prefetch;
    }

    StartupPaths paths() {
        return paths;
    }

    CorpusLoader loader() {
        return loader;
    }

    @Override
    public Optional<Corpus> read(Path dir, Path workspace) throws IOException {
        if (!dir.equals(paths.corpus()) || !workspace.equals(paths.workspace())) {
            return loader.loadCached(dir, workspace);
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof UncheckedIOException u ? u : e;
        }
    }
}
