package org.corridor.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The lock a writing Corridor holds on its workspace, so that a second instance (or a second window) cannot
 * overwrite the first one's notes. The operating system drops the lock when the process dies, so a crash
 * never leaves a workspace locked. The lock file holds the owner's process id, for the message.
 */
public final class WorkspaceLock implements AutoCloseable {

    public static final String NAME = ".corridor.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the workspace's lock.
     *
     * @return the lock, or empty when another process (or another window of this one) holds it
     * @throws IOException when the lock file cannot be created, e.g. in a read-only folder
     */
    public static Optional<WorkspaceLock> tryAcquire(Path workspace) throws IOException {
        Files.createDirectories(workspace);
        FileChannel channel = FileChannel.open(workspace.resolve(NAME), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return Optional.of(new WorkspaceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** True when someone holds the workspace's lock right now; the caller neither takes it nor changes the file. */
    public static boolean isHeld(Path workspace) {
        Path file = workspace.resolve(NAME);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The process id written by the holder, or "?" when it cannot be read. */
    public static String holder(Path workspace) {
        try {
            String pid = Files.readString(workspace.resolve(NAME), StandardCharsets.US_ASCII).strip();
            return pid.isEmpty() ? "?" : pid;
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel or, at the latest, with the process.
        }
    }
}
