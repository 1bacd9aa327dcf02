package org.corridor.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.corridor.entities.lexicon.CompiledLexicon;

/**
 * The one lexicon service of a workspace in a window, read and compiled on first use (by the background job that
 * first needs it, so the first frame never waits). The reader, the comparison, the exports and the search index
 * all recognise with it, so a correction made in any of them applies to all of them at once.
 */
public final class WorkspaceLexicon implements LexiconSource {

    private final Path workspace;
    private volatile LexiconService service;

    public WorkspaceLexicon(Path workspace) {
        this.workspace = workspace;
    }

    /** The service, loading the bundled lexicon and the workspace's corrections the first time. */
    public LexiconService service() throws IOException {
        LexiconService s = service;
        if (s == null) {
            synchronized (this) {
                s = service;
                if (s == null) {
                    s = Recognisers.lexiconFor(workspace);
                    service = s;
                }
            }
        }
        return s;
    }

    @Override
    public CompiledLexicon current() {
        try {
            return service().current();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lexicon: " + e.getMessage(), e);
        }
    }
}
