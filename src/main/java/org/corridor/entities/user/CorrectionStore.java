package org.corridor.entities.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.common.AtomicFiles;
import org.corridor.common.Json;
import tools.jackson.core.JacksonException;

/** Reads and writes {@code lexicon-user.json}: pretty, keys sorted, replaced atomically. */
public final class CorrectionStore {

    public static final String FILE_NAME = "lexicon-user.json";

    private final Path file;

    public CorrectionStore(Path file) {
        this.file = file;
    }

    public static CorrectionStore inWorkspace(Path workspace) {
        return new CorrectionStore(workspace.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The stored file, or an empty one when there is none yet. A damaged file is an error, never overwritten. */
    public CorrectionsFile load() throws IOException {
        if (!Files.exists(file)) {
            return new CorrectionsFile(CorrectionsFile.SCHEMA_VERSION, null, null);
        }
        try {
            CorrectionsFile read = Json.pretty().readValue(file.toFile(), CorrectionsFile.class);
            if (read.schemaVersion() > CorrectionsFile.SCHEMA_VERSION) {
                throw new IOException(file + " was written by a newer Corridor (schema " + read.schemaVersion() + ")");
            }
            return read;
        } catch (JacksonException e) {
            throw new IOException("cannot read " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    public void save(CorrectionsFile content) throws IOException {
        byte[] json = Json.pretty().writeValueAsBytes(content);
        AtomicFiles.write(file, json);
    }
}
