package org.corridor.notes;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The command stack: every edit of the notes goes through {@link #perform}, so every edit can be undone and
 * redone. Note edits made while typing within {@link #BURST} of each other are one step.
 */
public final class UndoHistory {

    /** Pause in typing that ends a burst of note edits. */
    public static final Duration BURST = Duration.ofSeconds(2);
    private static final int LIMIT = 500;

    private final Notebook notebook;
    private final Deque<NotesEdit> undo = new ArrayDeque<>();
    private final Deque<NotesEdit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean burstOpen;

    public UndoHistory(Notebook notebook) {
        this.notebook = notebook;
    }

    /** Executes the edit and records it; an edit that changes nothing is ignored. */
    public void perform(NotesEdit edit) {
        if (edit.isEmpty()) {
            return;
        }
        notebook.replace(edit.execute(notebook.snapshot()));
        redo.clear();
        Optional<NotesEdit> merged = burstOpen && !undo.isEmpty()
                ? undo.peek().coalesce(edit, BURST) : Optional.empty();
        if (merged.isPresent()) {
            undo.pop();
            undo.push(merged.get());
        } else {
            undo.push(edit);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        burstOpen = true;
        fire();
    }

    /** Ends the current typing burst, e.g. when the note editor loses focus. */
    public void endBurst() {
        burstOpen = false;
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        NotesEdit edit = undo.pop();
        notebook.replace(edit.undo(notebook.snapshot()));
        redo.push(edit);
        burstOpen = false;
        fire();
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        NotesEdit edit = redo.pop();
        notebook.replace(edit.redo(notebook.snapshot()));
        undo.push(edit);
        burstOpen = false;
        fire();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** e.g. "edit note", for "Undo edit note"; empty when there is nothing to undo. */
    public String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    public String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label();
    }

    public Notebook notebook() {
        return notebook;
    }

    /** Called after each perform, undo and redo. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
