package org.corridor.ui.notes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.corridor.notes.AnnotationEdits;
import org.corridor.notes.Autosaver;
import org.corridor.notes.CodebookEdits;
import org.corridor.notes.NotesDamage;
import org.corridor.notes.NotesEdit;
import org.corridor.notes.NotesRepair;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.NotesStore;
import org.corridor.notes.UndoHistory;
import org.corridor.ui.common.Background;

/**
 * The open workspace's notes as the window sees them: the current snapshot, undo/redo, what saving is doing,
 * and whether edits are allowed. Every edit goes through {@link #perform}, so it is undoable and autosaved.
 * Opening and the final save run off the FX thread's way (opening through {@link Background}, saving on the
 * autosave thread); the results come back to the FX thread.
 */
public final class NotesSession {

    /** What the status bar says while edits are in memory only, waiting for the autosave. */
    private static final String SAVING = "Saving notes…";

    private final Background background;
    private final Executor fx;
    private final Clock clock;
    private final AnnotationEdits annotationEdits;
    private final CodebookEdits codebookEdits;
    private final ReadOnlyObjectWrapper<NotesSnapshot> snapshot = new ReadOnlyObjectWrapper<>(NotesSnapshot.empty());
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NotesDamage> damage = new ReadOnlyObjectWrapper<>();
    private final ScheduledExecutorService saverThread;
    /** The last save failed: its message stays on screen until a save succeeds. FX thread only. */
    private boolean saveFailing;
    private NotesStore store;
    private UndoHistory history;
    private Autosaver autosaver;
    private Consumer<List<String>> onNotices = notices -> { };

    /** @param fx runs on the FX thread (Platform::runLater in the app) */
    public NotesSession(Background background, Executor fx, Clock clock) {
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        this.annotationEdits = new AnnotationEdits(clock);
        this.codebookEdits = new CodebookEdits(clock);
        this.saverThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "notes-autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Saves and closes the current workspace (if any) and opens {@code dir}.
     *
     * @param onNotices what the user must be told about opening (damage, lock, newer format)
     */
    public void open(Path dir, Consumer<List<String>> onNotices) {
        if (!close()) {
            return;
        }
        this.onNotices = onNotices;
        background.run(p -> NotesStore.open(dir, clock), this::attach,
                error -> message.set("Cannot open the workspace " + dir + ": " + error.getMessage()));
    }

    /**
     * Carries out the user's choice for a damaged notes file (the damaged bytes are kept beside it) and goes on
     * with the repaired notes, editable.
     */
    public void repair(NotesRepair choice) {
        NotesStore damaged = store;
        if (damaged == null || damaged.damage().isEmpty()) {
            return;
        }
        background.run(p -> damaged.repair(choice), repaired -> {
            attach(repaired);
            message.set("Notes repaired; the damaged file is kept as "
                    + repaired.keptOriginal().map(Path::toString).orElse("(there was none)"));
        }, error -> message.set("Could not repair the notes: " + error.getMessage()));
    }

    private void attach(NotesStore opened) {
        if (autosaver != null) {
            autosaver.stop(); // the replaced store (a repaired one's damaged original) has nothing to save
        }
        store = opened;
        saveFailing = false;
        history = new UndoHistory(opened.notebook());
        history.addListener(this::refresh);
        autosaver = new Autosaver(opened, saverThread, new Autosaver.Listener() {
            @Override
            public void saved() {
                fx.execute(() -> {
                    saveFailing = false;
                    // edits made while this save was writing are still to be saved
                    message.set(opened.hasUnsavedChanges() ? SAVING : "Notes saved");
                });
            }

            @Override
            public void failed(String why) {
                fx.execute(() -> {
                    saveFailing = true;
                    message.set(why);
                });
            }
        });
        autosaver.start();
        workspace.set(opened.workspace());
        editable.set(!opened.notebook().isReadOnly());
        damage.set(opened.damage().orElse(null));
        message.set(opened.notebook().isReadOnly() ? opened.notebook().readOnlyReason() : "");
        refresh();
        if (!opened.notices().isEmpty()) {
            onNotices.accept(opened.notices());
        }
    }

    /**
     * Applies an edit made from the current snapshot. Edits that make no sense (a duplicate tag name, an empty
     * selection) are refused with a message, never half-applied.
     *
     * @return true when the edit was applied
     */
    public boolean perform(Function<NotesSnapshot, NotesEdit> edit) {
        if (history == null || !editable.get()) {
            message.set(store == null ? "No workspace is open" : store.notebook().readOnlyReason());
            return false;
        }
        try {
            history.perform(edit.apply(history.notebook().snapshot()));
            return true;
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** Shows a message where saving reports (the status bar). */
    public void tell(String text) {
        message.set(text);
    }

    public void undo() {
        if (history != null && editable.get()) {
            history.undo();
        }
    }

    public void redo() {
        if (history != null && editable.get()) {
            history.redo();
        }
    }

    /** Ends a typing burst, so the next note edit is its own undo step. */
    public void endBurst() {
        if (history != null) {
            history.endBurst();
        }
    }

    private void refresh() {
        snapshot.set(history.notebook().snapshot());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        if (!saveFailing && store.hasUnsavedChanges()) {
            message.set(SAVING); // "Notes saved" would be untrue until the autosave has written this edit
        }
    }

    /**
     * Saves now and releases the workspace.
     *
     * @return false when the notes could not be saved (the workspace stays open, nothing is lost)
     */
    public boolean close() {
        if (store == null) {
            return true;
        }
        try {
            autosaver.flush();
        } catch (IOException | RuntimeException e) {
            message.set("Could not save the notes to " + store.file() + ": " + e.getMessage());
            return false;
        }
        autosaver.stop();
        store.close();
        store = null;
        history = null;
        editable.set(false);
        damage.set(null);
        return true;
    }

    /** Saves and releases the workspace, then stops the autosave thread: for the window's end. */
    public boolean shutdown() {
        boolean closed = close();
        if (closed) {
            saverThread.shutdown();
        }
        return closed;
    }

    public AnnotationEdits annotationEdits() {
        return annotationEdits;
    }

    public CodebookEdits codebookEdits() {
        return codebookEdits;
    }

    public ReadOnlyObjectProperty<NotesSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public NotesSnapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What saving did last, or why an edit was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What is wrong with the open workspace's notes file, or null when it is fine. */
    public ReadOnlyObjectProperty<NotesDamage> damageProperty() {
        return damage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** Why the notes cannot be edited, or null. */
    public String readOnlyReason() {
        return store == null ? null : store.notebook().readOnlyReason();
    }
}
