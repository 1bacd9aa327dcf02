package org.corridor.export;

import java.io.IOException;
import org.corridor.notes.NotesEdit;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.UndoHistory;

/**
 * Notes that are open for editing, where an import adds what it brings as one undoable edit: the window's live
 * notes, or a workspace the command line opened. Imports never write a notes file behind the back of its owner.
 */
public interface OpenNotes {

    /** The notes as they are now. */
    NotesSnapshot snapshot();

    /** Applies the edit; fails when the notes are read-only. */
    void apply(NotesEdit edit) throws IOException;

    /** A workspace's undo history, as the command line holds it. */
    static OpenNotes of(UndoHistory history) {
        return new OpenNotes() {
            @Override
            public NotesSnapshot snapshot() {
                return history.notebook().snapshot();
            }

            @Override
            public void apply(NotesEdit edit) {
                history.perform(edit);
            }
        };
    }
}
