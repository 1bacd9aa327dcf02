package org.corridor.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Which process owns a workspace's index: only the owner checks, wipes, builds and updates it; the others read
 * what it has committed. A file lock beside the index folder (not inside, which a wipe empties), taken before the
 * index is even looked at, so no process can find another's half-written files and take them for damage. The
 * operating system drops it when the owner dies.
 */
final class IndexOwnerLock implements Closeable {

    private final FileChannel channel;
    private final FileLock lock;

    private IndexOwnerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock for the index in {@code folder}, or empty when another process (or another index here) holds it. */
    static Optional<IndexOwnerLock> tryAcquire(Path folder) throws IOException {
        Path file = folder.resolveSibling("." + folder.getFileName() + ".lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new IndexOwnerLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by another index of this process
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
