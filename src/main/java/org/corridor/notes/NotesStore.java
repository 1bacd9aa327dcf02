package org.corridor.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    private final NotesDamage damage;
    private final FileWriter writer;
    private final Clock clock;
    private final NotesBackups backups;
    private WorkspaceLock lock;
    private boolean keepOriginal;
    private long savedVersion;
    private Instant lastBackup;
    private Path keptOriginal;

    private NotesStore(Path workspace, WorkspaceLoader.Loaded loaded, String lockProblem, WorkspaceLock lock,
                       FileWriter writer, Clock clock) {
        String readOnly = lockProblem != null ? lockProblem : loaded.readOnlyReason();
        List<String> all = new ArrayList<>(loaded.notices());
        if (lockProblem != null) {
            all.add(lockProblem);
        }
        this.workspace = workspace;
        this.notebook = new Notebook(loaded.snapshot(), readOnly);
        this.notices = List.copyOf(all);
        this.damage = loaded.damage();
        this.lock = lock;
        this.writer = writer;
        this.clock = clock;
        this.backups = new NotesBackups(workspace);
        this.keepOriginal = loaded.keepOriginal();
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
        if (lock != null) {
            // only the lock holder saves, so what is left of a save now is from one that was killed
            AtomicFiles.removeLeftovers(workspace, NotesFile.NAME + "*");
            AtomicFiles.removeLeftovers(new NotesBackups(workspace).dir(), "notes-*.json");
        }
        return new NotesStore(workspace, WorkspaceLoader.load(workspace), lockProblem, lock, writer, clock);
    }

    /**
     * Reads a workspace's notes without taking its lock and without changing any file: for the command line and
     * exporters. A damaged file is reported, with what can be read of it as the snapshot.
     */
    public static WorkspaceRead read(Path workspace) throws IOException {
        WorkspaceLoader.Loaded loaded = WorkspaceLoader.load(workspace);
        List<String> notices = new ArrayList<>(loaded.notices());
        boolean locked = WorkspaceLock.isHeld(workspace);
        if (locked) {
            notices.add(lockedMessage(workspace).replace("Notes are read-only here so that no edit is lost.",
                    "What is read here may miss its latest unsaved edits."));
        }
        return new WorkspaceRead(loaded.snapshot(), notices, locked, loaded.damage());
    }

    /** The notes of a workspace, read-only, as {@link #read} finds them. */
    public static NotesSnapshot readSnapshot(Path workspace) throws IOException {
        return read(workspace).snapshot();
    }

    private static String lockedMessage(Path workspace) {
        return "The workspace " + workspace + " is open in another Corridor (process "
                + WorkspaceLock.holder(workspace) + "). Notes are read-only here so that no edit is lost.";
    }

    /** What is wrong with the notes file and what the user can choose, when it cannot be used as it is. */
    public Optional<NotesDamage> damage() {
        return Optional.ofNullable(damage);
    }

    /**
     * Carries out the user's choice for a damaged notes file: its bytes are first copied to
     * {@code notes.json.original-<time>}, then {@code notes.json} is replaced in one atomic step, so a crash at any
     * moment leaves either the damaged file or the repaired one. This store hands its lock to the one returned.
     *
     * @return the workspace opened again on the repaired file
     * @throws IOException when the workspace is not open for writing here, the backup cannot be restored, or
     *                     writing fails (the damaged file is then unchanged)
     */
    public synchronized NotesStore repair(NotesRepair choice) throws IOException {
        if (damage == null) {
            throw new IllegalStateException("The notes file " + file() + " is not damaged");
        }
        if (lock == null) {
            throw new IOException(notebook.readOnlyReason());
        }
        NotesSnapshot repaired;
        if (choice instanceof NotesRepair.Restore restore) {
            repaired = NotesBackups.readWhole(restore.backup());
        } else if (choice instanceof NotesRepair.Salvage) {
            repaired = damage.salvageable();
        } else {
            repaired = NotesSnapshot.empty();
        }
        byte[] bytes = NotesFile.write(repaired);
        Path original = keepOriginalBytes();
        writer.write(file(), bytes);
        NotesStore reopened = new NotesStore(workspace, WorkspaceLoader.load(workspace), null, lock, writer, clock);
        reopened.keptOriginal = original;
        lock = null;
        return reopened;
    }

    /**
     * Copies the file's current bytes aside, before a repair or the first rewrite of a renumbered file.
     *
     * @return the copy, or null when there is no file
     */
    private Path keepOriginalBytes() throws IOException {
        if (!Files.exists(file())) {
            return null;
        }
        byte[] original = Files.readAllBytes(file());
        String stamp = NotesBackups.STAMP.format(clock.instant());
        Path copy = file().resolveSibling(NotesFile.NAME + ".original-" + stamp);
        for (int n = 2; Files.exists(copy, LinkOption.NOFOLLOW_LINKS); n++) {
            copy = file().resolveSibling(NotesFile.NAME + ".original-" + stamp + "-" + n);
        }
        AtomicFiles.write(copy, original);
        return copy;
    }

    /** Where the damaged file's bytes were kept by the repair that opened this store. */
    public Optional<Path> keptOriginal() {
        return Optional.ofNullable(keptOriginal);
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
        if (keepOriginal) {
            keepOriginalBytes();
            keepOriginal = false;
        }
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

    /** What the user should be told about opening: damage, renumbered entries, a lock, a newer format. */
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
