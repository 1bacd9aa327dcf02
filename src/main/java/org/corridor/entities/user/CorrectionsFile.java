package org.corridor.entities.user;

import java.util.List;
import org.corridor.entities.lexicon.LexiconEntry;

/**
 * The user's lexicon file: corrections made in the application, and optionally entities written by hand
 * in the bundled lexicon's entry format (kept as they are when the application saves the file).
 */
public record CorrectionsFile(int schemaVersion, List<Correction> corrections, List<LexiconEntry> entities) {

    public static final int SCHEMA_VERSION = 1;

    public CorrectionsFile {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
