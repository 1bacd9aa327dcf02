package org.corridor.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.common.AtomicFiles;

/**
 * The last versions of the notes file, kept in {@code backups/} beside it as {@code notes-<UTC time>.json}.
 * Names sort by time, so the newest is the last; only the newest {@link #KEEP} are kept.
 */
public final class NotesBackups {

    public static final int KEEP = 10;
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;

    public NotesBackups(Path workspace) {
        this.dir = workspace.resolve("backups");
    }

    public Path dir() {
        return dir;
    }

    /** Keeps {@code bytes} (a good version of the notes) as a backup taken at {@code at}, then prunes old ones. */
    public Path keep(byte[] bytes, Instant at) throws IOException {
        Path target = dir.resolve("notes-" + STAMP.format(at) + ".json");
        AtomicFiles.write(target, bytes);
        List<Path> all = list();
        for (int i = 0; i < all.size() - KEEP; i++) {
            Files.deleteIfExists(all.get(i));
        }
        return target;
    }

    /** Backups, oldest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("notes-") && n.endsWith(".json");
            }).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    /** Backups, newest first: the order they are offered in for a restore. */
    public List<Path> newestFirst() throws IOException {
        List<Path> all = new java.util.ArrayList<>(list());
        java.util.Collections.reverse(all);
        return all;
    }

    /**
     * The backup's notes, when it can be restored as it is.
     *
     * @throws IOException when it cannot be read, lacks entries, or is from a newer Corridor
     */
    public static NotesSnapshot readWhole(Path backup) throws IOException {
        try {
            NotesFile.Parsed parsed = NotesFile.parse(Files.readAllBytes(backup));
            if (parsed.newerSchema() || !parsed.unreadable().isEmpty()) {
                throw new IOException("the backup " + backup + " cannot be restored: it is from a newer Corridor"
                        + " or has entries that cannot be read");
            }
            return parsed.snapshot();
        } catch (DamagedNotesException e) {
            throw new IOException("the backup " + backup + " cannot be read: " + e.getMessage(), e);
        }
    }
}
