package org.corridor.ui.export;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.corridor.export.OpenNotes;
import org.corridor.notes.NotesEdit;
import org.corridor.notes.NotesSnapshot;

/**
 * The notes open in the window, seen from a background import or export: every read and edit is carried
 * to the FX thread, which owns the notes, and waited for. So an import is one undoable edit of the live notes,
 * saved by their autosave, and an export includes the edits made a moment ago.
 */
public final class WindowNotes implements OpenNotes {

    private final Supplier<NotesSnapshot> snapshot;
    private final Predicate<NotesEdit> apply;
    private final Supplier<String> whyNot;

    /**
     * @param snapshot the live notes (FX thread)
     * @param apply    applies an edit, false when the notes are read-only (FX thread)
     * @param whyNot   why the last edit was refused
     */
    public WindowNotes(Supplier<NotesSnapshot> snapshot, Predicate<NotesEdit> apply, Supplier<String> whyNot) {
        this.snapshot = snapshot;
        this.apply = apply;
        this.whyNot = whyNot;
    }

    @Override
    public NotesSnapshot snapshot() {
        return onFxThread(snapshot);
    }

    @Override
    public void apply(NotesEdit edit) throws IOException {
        if (!onFxThread(() -> apply.test(edit))) {
            throw new IOException(onFxThread(whyNot));
        }
    }

    private static <T> T onFxThread(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        FutureTask<T> task = new FutureTask<>(work::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the window's notes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
