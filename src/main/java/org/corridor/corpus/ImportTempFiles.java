package org.corridor.corpus;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The hidden temporary files an import writes an article to before moving it into the workspace's corpus folder
 * whole. A killed import leaves them behind; they are removed when an import starts or the workspace corpus is
 * opened.
 */
public final class ImportTempFiles {

    private static final String SUFFIX = ".import.tmp";
    /**
     * Imports take no lock, so another process may be writing one right now. A write touches its file all the time
     * and moves it away at once, so one untouched for this long was left by an import that no longer runs.
     */
    private static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private ImportTempFiles() {
    }

    /** A fresh temporary name in {@code folder}. */
    public static Path newIn(Path folder) {
        return folder.resolve("." + UUID.randomUUID() + SUFFIX);
    }

    /**
     * Deletes the stale temporary files directly in {@code folder}. Housekeeping only: a folder that cannot be
     * listed or a file that cannot be deleted (a read-only workspace) is left for the next time, and must not stop
     * the import or the open that asked.
     */
    public static void removeStale(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*" + SUFFIX)) {
            for (Path temp : temps) {
                removeIfStale(temp, cutoff);
            }
        } catch (IOException | DirectoryIteratorException e) {
            // left for the next time
        }
    }

    private static void removeIfStale(Path temp, Instant cutoff) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(temp, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // left for the next time
        }
    }
}
