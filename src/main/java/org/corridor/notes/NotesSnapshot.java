package org.corridor.notes;

import java.util.List;

/**
 * Everything in a workspace's notes file: its format version, the codebook and the annotations.
 * This is the document {@code docs/notes-format.md} describes.
 */
public record NotesSnapshot(int schemaVersion, Codebook codebook, List<Annotation> annotations) {

    public static final int CURRENT_SCHEMA = 1;

    public static NotesSnapshot empty() {
        return new NotesSnapshot(CURRENT_SCHEMA, Codebook.EMPTY, List.of());
    }

    public NotesSnapshot {
        annotations = List.copyOf(annotations);
    }
}
