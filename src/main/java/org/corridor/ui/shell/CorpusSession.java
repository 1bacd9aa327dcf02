package org.corridor.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.ui.common.Background;

/**
 * The open corpus: loading a folder in the background, with progress, and reloading it. With the workspace's
 * catalog cache, the cached catalog is shown at once and the files are verified afterwards; the verified
 * catalog replaces it only when something changed on disk.
 */
public final class CorpusSession {

    /** Where the cached catalog comes from: the loader, or a read begun before the window existed. */
    @FunctionalInterface
    public interface CachedCatalog {
        Optional<Corpus> read(Path dir, Path workspace) throws IOException;
    }

    private final Background background;
    private final CorpusLoader loader;
    private final CachedCatalog cachedCatalog;
    private final Path workspace;
    private final ReadOnlyObjectWrapper<Corpus> corpus = new ReadOnlyObjectWrapper<>();
    private Path folder;

    public CorpusSession(Background background, CorpusLoader loader, Path workspace) {
        this(background, loader, loader::loadCached, workspace);
    }

    public CorpusSession(Background background, CorpusLoader loader, CachedCatalog cachedCatalog, Path workspace) {
        this.background = background;
        this.loader = loader;
        this.cachedCatalog = cachedCatalog;
        this.workspace = workspace;
    }

    /** Loads {@code dir}; on failure the current corpus stays open and {@code onFailure} gets the reason. */
    public void open(Path dir, Consumer<String> onFailure) {
        background.run(p -> cachedCatalog.read(dir, workspace), cached -> {
            cached.ifPresent(this::replace);
            verify(dir, onFailure);
        }, error -> verify(dir, onFailure));
    }

    private void verify(Path dir, Consumer<String> onFailure) {
        background.runTracked("Loading " + dir.getFileName() + "…", p -> loader.load(dir, workspace, p), loaded -> {
            Corpus shown = corpus.get();
            boolean same = shown != null && shown.root().equals(loaded.root())
                    && shown.articles().equals(loaded.articles()) && shown.problems().equals(loaded.problems());
            if (!same) {
                replace(loaded);
            }
        }, error -> onFailure.accept(describe(dir, error)));
    }

    /** Shows a corpus read elsewhere, e.g. the catalog after an import. */
    public void replace(Corpus loaded) {
        folder = loaded.root();
        corpus.set(loaded);
    }

    /** The workspace whose catalog cache, imports and search index this session uses. */
    public Path workspace() {
        return workspace;
    }

    public void reload(Consumer<String> onFailure) {
        if (folder != null) {
            open(folder, onFailure);
        }
    }

    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    public Path folder() {
        return folder;
    }

    private static String describe(Path dir, Throwable error) {
        if (error instanceof java.nio.file.NoSuchFileException) {
            return "The folder " + dir + " does not exist.";
        }
        if (error instanceof java.nio.file.NotDirectoryException) {
            return dir + " is not a folder.";
        }
        if (error instanceof org.corridor.common.CancelledException) {
            return "Loading " + dir + " was cancelled.";
        }
        return "Could not open " + dir + ": " + error.getMessage();
    }
}
