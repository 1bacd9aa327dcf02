package org.corridor.notes;

import java.nio.file.Path;
import java.util.List;
import org.corridor.common.Plural;

/**
 * Why a workspace's notes cannot be used as they are, and what the user can choose from ({@link NotesRepair}).
 * Until a choice is made the notes are read-only and nothing in the workspace is written.
 *
 * @param reason      what is wrong with {@code notes.json}, in words
 * @param unreadable  the entries that could not be read, when the rest of the file could
 * @param salvageable what a salvage would keep: every entry that can be read
 * @param backups     the backups a restore can choose from, newest first
 */
public record NotesDamage(String reason, List<String> unreadable, NotesSnapshot salvageable, List<Path> backups) {

    public NotesDamage {
        unreadable = List.copyOf(unreadable);
        backups = List.copyOf(backups);
    }

    /** The whole story for a message: what is wrong, the entries concerned, and how to repair it. */
    public String describe(Path file) {
        StringBuilder text = new StringBuilder("The notes file " + file + " cannot be read: " + reason + ".");
        unreadable.forEach(u -> text.append("\n  - ").append(u));
        text.append("\nNothing is written to the workspace until you choose: restore a backup (")
                .append(backups.size()).append(backups.size() == 1 ? " is" : " are").append(" available), salvage the ")
                .append(Plural.of(salvageable.annotations().size(), "annotation")).append(" and ")
                .append(Plural.of(salvageable.codebook().tags().size(), "tag"))
                .append(" that can be read, or start empty. The file as it is now is kept beside it.");
        return text.toString();
    }
}
