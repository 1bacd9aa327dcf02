package org.corridor.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.common.AtomicFiles;

/**
 * A workspace's notes on disk: {@code notes.json} (codebook and annotations), its rotating backups, and the
 * lock that keeps a second Corridor from writing over them. Opening never deletes or overwrites anything the
 * user cannot get back; saving goes through a temporary file and an atomic move, so a crash or a full disk
 * leaves the previous file whole. A failed save keeps the edits in the {@link Notebook} for the next try.
 */
public final class NotesStore implements AutoCloseable {

    /** How the bytes reach the disk; tests put a failing disk in here. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path target, byte[] bytes) throws IOException;
    }

    /** A fresh backup is taken on the first save of a session and then at most this often. */
    public static final Duration BACKUP_INTERVAL = Duration.ofMinutes(10);

    private final Path workspace;
    private final Notebook notebook;
    private final List<String> notices;
    private final WorkspaceLock lock;
    private final FileWriter writer;
    private final Clock clock;
    private final NotesBackups backups;
    private long savedVersion;
    private Instant lastBackup;

    private NotesStore(Path workspace, Notebook notebook, List<String> notices, WorkspaceLock lock,
                       FileWriter writer, Clock clock, boolean mustSave) {
        this.workspace = workspace;
        this.notebook = notebook;
        this.notices = List.copyOf(notices);
        this.lock = lock;
        this.writer = writer;
        this.clock = clock;
        this.backups = new NotesBackups(workspace);
        this.savedVersion = mustSave ? -1 : 0;
    }

    /** Opens the workspace for editing, or read-only (with the reason) when that is not safe. */
    public static NotesStore open(Path workspace, Clock clock) throws IOException {
        return open(workspace, clock, AtomicFiles::write);
    }

    public static NotesStore open(Path workspace, Clock clock, FileWriter writer) throws IOException {
        WorkspaceLock lock = null;
        String lockProblem = null;
        try {
            lock = WorkspaceLock.tryAcquire(workspace).orElse(null);
            if (lock == null) {
                lockProblem = lockedMessage(workspace);
            }
        } catch (IOException e) {
            lockProblem = "The workspace folder " + workspace + " cannot be written (" + e.getMessage()
                    + "). Notes are open read-only.";
        }
        WorkspaceLoader.Loaded loaded = WorkspaceLoader.load(workspace, lock != null, clock.instant());
        String readOnly = lockProblem != null ? lockProblem : loaded.readOnlyReason();
        List<String> notices = new ArrayList<>(loaded.notices());
        if (readOnly != null && !notices.contains(readOnly)) {
            notices.add(readOnly);
        }
        return new NotesStore(workspace, new Notebook(loaded.snapshot(), readOnly), notices, lock, writer, clock,
                loaded.repaired() && readOnly == null);
    }

    /**
     * Reads a workspace's notes without taking its lock and without changing any file: for the command line and
     * exporters. A damaged file is replaced by its newest good backup in memory; the report says so.
     */
    public static WorkspaceRead read(Path workspace) throws IOException {
        WorkspaceLoader.Loaded loaded = WorkspaceLoader.load(workspace, false, Instant.now());
        List<String> notices = new ArrayList<>(loaded.notices());
        if (loaded.readOnlyReason() != null && !notices.contains(loaded.readOnlyReason())) {
            notices.add(loaded.readOnlyReason());
        }
        boolean locked = WorkspaceLock.isHeld(workspace);
        if (locked) {
            notices.add(lockedMessage(workspace).replace("Notes are read-only here so that no edit is lost.",
                    "What is read here may miss its latest unsaved edits."));
        }
        return new WorkspaceRead(loaded.snapshot(), notices, locked);
    }

    /** The notes of a workspace, read-only, as {@link #read} finds them. */
    public static NotesSnapshot readSnapshot(Path workspace) throws IOException {
        return read(workspace).snapshot();
    }

    private static String lockedMessage(Path workspace) {
        return "The workspace " + workspace + " is open in another Corridor (process "
                + WorkspaceLock.holder(workspace) + "). Notes are read-only here so that no edit is lost.";
    }

    /**
     * Writes the notes if they changed since the last save. Safe to call from any thread.
     *
     * @return true when a file was written
     * @throws IOException when writing failed; the previous file is intact and the edits are still in memory
     */
    public synchronized boolean save() throws IOException {
        if (notebook.isReadOnly()) {
            return false;
        }
        Notebook.State state = notebook.state();
        if (state.version() == savedVersion) {
            return false;
        }
        byte[] bytes = NotesFile.write(state.snapshot());
        backupIfDue();
        writer.write(file(), bytes);
        savedVersion = state.version();
        return true;
    }

    private void backupIfDue() throws IOException {
        Instant now = clock.instant();
        if (lastBackup != null && Duration.between(lastBackup, now).compareTo(BACKUP_INTERVAL) < 0) {
            return;
        }
        Optional<byte[]> current = Files.exists(file()) ? Optional.of(Files.readAllBytes(file())) : Optional.empty();
        if (current.isPresent()) {
            backups.keep(current.get(), now);
        }
        lastBackup = now;
    }

    public boolean hasUnsavedChanges() {
        return !notebook.isReadOnly() && notebook.state().version() != savedVersion;
    }

    public Notebook notebook() {
        return notebook;
    }

    /** What the user should be told about opening: recovery from a backup, a lock, a newer format. */
    public List<String> notices() {
        return notices;
    }

    public Path workspace() {
        return workspace;
    }

    public Path file() {
        return workspace.resolve(NotesFile.NAME);
    }

    public NotesBackups backups() {
        return backups;
    }

    /** Releases the workspace for other instances; call {@link #save()} (or the autosaver's flush) first. */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }
}
