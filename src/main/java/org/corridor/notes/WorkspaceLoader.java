package org.corridor.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the notes of a workspace without changing any file: a missing file (with no backups) is an empty
 * workspace; a file that cannot be read, or not all of it, is reported as {@link NotesDamage} with what can be
 * salvaged, and stays exactly as it is until the user chooses a repair; a file from a newer Corridor is read
 * but marked read-only. Every such event becomes a notice for the user.
 */
final class WorkspaceLoader {

    /**
     * @param readOnlyReason why this content must not be written back, or null
     * @param damage         what is wrong with the file and what the user can choose, or null
     * @param keepOriginal   true when the snapshot differs from the file (entries given new ids), so the file's
     *                       bytes must be kept aside before it is first rewritten
     */
    record Loaded(NotesSnapshot snapshot, String readOnlyReason, List<String> notices, NotesDamage damage,
                  boolean keepOriginal) {
    }

    private WorkspaceLoader() {
    }

    static Loaded load(Path workspace) throws IOException {
        Path file = workspace.resolve(NotesFile.NAME);
        NotesBackups backups = new NotesBackups(workspace);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            if (backups.list().isEmpty()) {
                return new Loaded(NotesSnapshot.empty(), null, List.of(), null, false);
            }
            return damaged(file, new NotesDamage("it is missing, although backups of earlier notes exist", List.of(),
                    NotesSnapshot.empty(), backups.newestFirst()));
        } catch (IOException e) {
            String why = "The notes file " + file + " cannot be read (" + e.getMessage()
                    + "); notes are read-only so that it is not overwritten.";
            return new Loaded(NotesSnapshot.empty(), why, List.of(why), null, false);
        }
        NotesFile.Parsed parsed;
        try {
            parsed = NotesFile.parse(bytes);
        } catch (DamagedNotesException damaged) {
            return damaged(file, new NotesDamage(damaged.getMessage(), List.of(), NotesFile.salvage(bytes),
                    backups.newestFirst()));
        }
        if (parsed.newerSchema()) {
            String why = newerReason(parsed, file);
            return new Loaded(parsed.snapshot(), why, List.of(why), null, false);
        }
        if (!parsed.unreadable().isEmpty()) {
            int n = parsed.unreadable().size();
            return damaged(file, new NotesDamage(n + (n == 1 ? " entry is" : " entries are") + " not valid",
                    parsed.unreadable(), parsed.snapshot(), backups.newestFirst()));
        }
        List<String> notices = new ArrayList<>();
        if (!parsed.renumbered().isEmpty()) {
            notices.add("Entries of " + file + " had duplicate ids; both copies are kept:\n  - "
                    + String.join("\n  - ", parsed.renumbered()) + "\nThe file as it is now is kept beside it as "
                    + NotesFile.NAME + ".original-<time> when the notes are next saved.");
        }
        return new Loaded(parsed.snapshot(), null, notices, null, !parsed.renumbered().isEmpty());
    }

    private static Loaded damaged(Path file, NotesDamage damage) {
        String why = "The notes file cannot be read. Notes are read-only until you choose a repair: restore a backup,"
                + " salvage what can be read, or start empty (in the window: File ▸ Check or repair notes…; on the"
                + " command line: notes-repair).";
        return new Loaded(damage.salvageable(), why, List.of(damage.describe(file)), damage, false);
    }

    private static String newerReason(NotesFile.Parsed parsed, Path file) {
        return file + " was written by a newer Corridor (format version " + parsed.newerVersion()
                + "; this one reads version " + NotesSnapshot.CURRENT_SCHEMA + "). Notes are read-only here and the"
                + " file will not be changed; open it with a Corridor that reads format version "
                + parsed.newerVersion() + ".";
    }
}
