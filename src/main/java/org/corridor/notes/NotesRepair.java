package org.corridor.notes;

import java.nio.file.Path;
import java.util.Objects;

/** The user's choice for damaged notes: what {@code notes.json} becomes ({@link NotesStore#repair}). */
public sealed interface NotesRepair {

    /** The notes of one backup from {@code backups/}. */
    record Restore(Path backup) implements NotesRepair {
        public Restore {
            Objects.requireNonNull(backup);
        }
    }

    /** Every tag and annotation of the damaged file that can be read. */
    record Salvage() implements NotesRepair {
    }

    /** No notes at all. */
    record StartEmpty() implements NotesRepair {
    }

    static NotesRepair restore(Path backup) {
        return new Restore(backup);
    }

    static NotesRepair salvage() {
        return new Salvage();
    }

    static NotesRepair startEmpty() {
        return new StartEmpty();
    }
}
