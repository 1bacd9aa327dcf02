package org.corridor.notes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The notes as they are now, in memory: an immutable snapshot replaced on each edit, a version that counts
 * edits (so the autosaver knows what is saved), and whether edits are allowed at all. The snapshot is
 * immutable, so the autosaver can serialise it on its own thread while the user keeps editing.
 */
public final class Notebook {

    private final List<Consumer<NotesSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final String readOnlyReason;
    private volatile State state;

    /** A snapshot with its version, read together so the saver knows exactly what it saved. */
    public record State(NotesSnapshot snapshot, long version) {
    }

    /** @param readOnlyReason why edits are refused (shown to the user), or null when the notebook is editable */
    public Notebook(NotesSnapshot initial, String readOnlyReason) {
        this.state = new State(initial, 0);
        this.readOnlyReason = readOnlyReason;
    }

    public NotesSnapshot snapshot() {
        return state.snapshot();
    }

    /** The snapshot and the number of changes since the notebook was opened. */
    public State state() {
        return state;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** Called with each new snapshot, on the thread that made the change. */
    public void addListener(Consumer<NotesSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<NotesSnapshot> listener) {
        listeners.remove(listener);
    }

    void replace(NotesSnapshot next) {
        if (isReadOnly()) {
            throw new IllegalStateException(readOnlyReason);
        }
        synchronized (this) {
            state = new State(next, state.version() + 1);
        }
        listeners.forEach(l -> l.accept(next));
    }
}
