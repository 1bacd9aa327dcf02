package org.corridor.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    /** A backup that parses, with where it is: the newest one that does. */
    public record Good(Path path, NotesFile.Parsed parsed) {
    }

    public Optional<Good> newestGood() throws IOException {
        List<Path> all = list();
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                return Optional.of(new Good(all.get(i), NotesFile.parse(Files.readAllBytes(all.get(i)))));
            } catch (DamagedNotesException | IOException e) {
                // try the one before
            }
        }
        return Optional.empty();
    }
}
