package org.corridor.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the notes of a workspace the way the issue asks for at start: a missing file is an empty workspace;
 * a damaged file is kept (moved aside when {@code repair} is on) and the newest good backup is used; a file
 * from a newer Corridor is read but marked read-only. Every such event becomes a notice for the user.
 */
final class WorkspaceLoader {

    /**
     * @param readOnlyReason why this content must not be written back, or null
     * @param repaired       true when a damaged file was moved aside, so the recovered notes should be saved
     */
    record Loaded(NotesSnapshot snapshot, String readOnlyReason, List<String> notices, boolean repaired) {
    }

    private WorkspaceLoader() {
    }

    static Loaded load(Path workspace, boolean repair, Instant now) throws IOException {
        Path file = workspace.resolve(NotesFile.NAME);
        NotesBackups backups = new NotesBackups(workspace);
        List<String> notices = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            Optional<NotesBackups.Good> backup = backups.newestGood();
            if (backup.isEmpty()) {
                return new Loaded(NotesSnapshot.empty(), null, notices, false);
            }
            notices.add("The notes file " + file + " is missing; the newest backup, " + backup.get().path()
                    + ", was loaded instead.");
            return fromBackup(backup.get(), notices, repair);
        } catch (IOException e) {
            String why = "The notes file " + file + " cannot be read (" + e.getMessage()
                    + "); notes are read-only so that it is not overwritten.";
            notices.add(why);
            return new Loaded(NotesSnapshot.empty(), why, notices, false);
        }
        try {
            NotesFile.Parsed parsed = NotesFile.parse(bytes);
            return new Loaded(parsed.snapshot(), newerReason(parsed, file), notices, false);
        } catch (DamagedNotesException damaged) {
            return recover(file, backups, damaged, repair, now, notices);
        }
    }

    private static Loaded recover(Path file, NotesBackups backups, DamagedNotesException damaged, boolean repair,
                                  Instant now, List<String> notices) throws IOException {
        Path kept = file;
        if (repair) {
            kept = file.resolveSibling(NotesFile.NAME + ".damaged-" + NotesBackups.STAMP.format(now));
            Files.move(file, kept);
        }
        notices.add("The notes file was damaged (" + damaged.getMessage() + "). It is kept, unchanged, as "
                + kept + ".");
        Optional<NotesBackups.Good> backup = backups.newestGood();
        if (backup.isEmpty()) {
            notices.add("No readable backup was found in " + backups.dir() + "; starting with empty notes.");
            return new Loaded(NotesSnapshot.empty(), null, notices, repair);
        }
        notices.add("Loaded the newest good backup instead: " + backup.get().path() + ".");
        return fromBackup(backup.get(), notices, repair);
    }

    private static Loaded fromBackup(NotesBackups.Good backup, List<String> notices, boolean repair) {
        return new Loaded(backup.parsed().snapshot(), newerReason(backup.parsed(), backup.path()), notices, repair);
    }

    private static String newerReason(NotesFile.Parsed parsed, Path file) {
        if (!parsed.newerSchema()) {
            return null;
        }
        return file + " was written by a newer Corridor (format version " + parsed.snapshot().schemaVersion()
                + "; this one knows up to " + NotesSnapshot.CURRENT_SCHEMA + "). Notes are read-only here and the"
                + " file will not be changed; update Corridor to edit them.";
    }
}
