package org.corridor.notes;

import java.util.List;

/**
 * A workspace's notes read without opening it for editing.
 *
 * @param snapshot what could be read (only the readable entries when the file is damaged)
 * @param notices  what went wrong, in words for the user; empty when the workspace is healthy
 * @param locked   true when a Corridor window has the workspace open right now
 * @param damage   what is wrong with the notes file, or null when it can be used as it is
 */
public record WorkspaceRead(NotesSnapshot snapshot, List<String> notices, boolean locked, NotesDamage damage) {

    public WorkspaceRead {
        notices = List.copyOf(notices);
    }

    public boolean healthy() {
        return notices.isEmpty();
    }
}
