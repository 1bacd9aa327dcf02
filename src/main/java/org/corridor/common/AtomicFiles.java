package org.corridor.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees either the old content or the new one, never a mix:
 * the bytes go to a temporary file in the same folder, are forced to disk, and the temporary
 * file is then moved over the target in one step. A failure at any point leaves the old file intact.
 * A target that is a symbolic link stays one (the file it points to is replaced), an existing file keeps
 * its permissions, and a new one gets the permissions the user's umask gives new files.
 */
public final class AtomicFiles {

    /** Symbolic links followed before giving up, as the operating system does. */
    private static final int MAX_LINKS = 40;

    /** Content produced by writing to a stream, for files too large to build in memory first. */
    @FunctionalInterface
    public interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, (StreamContent) out -> out.write(content));
    }

    /** The same guarantee for content written to a stream; an exception from {@code content} leaves no file. */
    public static void write(Path target, StreamContent content) throws IOException {
        Path file = followLinks(target.toAbsolutePath());
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Set<PosixFilePermission> mode = permissions(file);
        Path tmp = createTemp(dir, file.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (mode != null) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            moveIntoPlace(tmp, file);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the temporary files that writes of the files named {@code targetGlob} in {@code dir} left behind
     * when their process was killed. Only for a caller that knows no such write is under way (it holds a lock).
     */
    public static void removeLeftovers(Path dir, String targetGlob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + targetGlob + ".*.tmp")) {
            for (Path leftover : leftovers) {
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    /** The file a chain of symbolic links ends at (which may not exist yet), or the path itself. */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; Files.isSymbolicLink(current); i++) {
            if (i == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links: " + path);
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** An existing file's permissions, to give to its replacement; null when there is none or no POSIX modes. */
    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A new empty file beside the target, created with the default mode (so the umask applies). */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // a name taken by chance: draw another
            }
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform lets a directory be opened, so failure is ignored. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; the move is still atomic there.
        }
    }
}
