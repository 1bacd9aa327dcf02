package org.corridor.notes;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Saves the notes shortly after each edit, on a background executor, never on the thread that edits. A burst
 * of edits is one save; a failed save is retried until it succeeds (the edits stay in memory meanwhile), and
 * {@link #flush()} saves at once, for the exit. Between {@link #start()} and {@link #stop()} a termination of the
 * process (SIGTERM from a logout, a shutdown or {@code kill}) also saves what is still waiting, so the last
 * second of typing is not lost to the save delay.
 */
public final class Autosaver {

    /** What the user sees of saving. */
    public interface Listener {
        void saved();

        /** @param message why the save failed, in words for the user; the next attempt is already planned */
        void failed(String message);
    }

    public static final Duration DEFAULT_DELAY = Duration.ofMillis(800);
    public static final Duration RETRY = Duration.ofSeconds(5);

    private final NotesStore store;
    private final ScheduledExecutorService executor;
    private final Duration delay;
    private final Duration retry;
    private final Listener listener;
    private ScheduledFuture<?> pending;
    private final Thread saveOnTermination = new Thread(this::saveBeforeTermination, "notes-save-on-termination");

    public Autosaver(NotesStore store, ScheduledExecutorService executor, Listener listener) {
        this(store, executor, DEFAULT_DELAY, RETRY, listener);
    }

    public Autosaver(NotesStore store, ScheduledExecutorService executor, Duration delay, Duration retry,
                     Listener listener) {
        this.store = store;
        this.executor = executor;
        this.delay = delay;
        this.retry = retry;
        this.listener = listener;
    }

    /** Starts watching the notebook: each change is saved shortly after. */
    public void start() {
        store.notebook().addListener(s -> schedule(delay));
        Runtime.getRuntime().addShutdownHook(saveOnTermination);
    }

    /** Stops saving on termination; call after the last {@link #flush()}, before the store is closed. */
    public void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(saveOnTermination);
        } catch (IllegalStateException alreadyTerminating) {
            // the hook is running or has run: it saves on its own
        }
    }

    private void saveBeforeTermination() {
        try {
            store.save();
        } catch (IOException | RuntimeException e) {
            // Nothing can be shown any more; the previous file is intact and the backups are kept.
            System.err.println("Could not save the notes while terminating: " + describe(e));
        }
    }

    private synchronized void schedule(Duration after) {
        if (pending == null || pending.isDone()) {
            pending = executor.schedule(this::saveNow, after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void saveNow() {
        synchronized (this) {
            pending = null;
        }
        try {
            if (store.save()) {
                listener.saved();
            }
        } catch (IOException | RuntimeException e) {
            listener.failed("Could not save the notes to " + store.file() + " (" + describe(e) + "). Your edits"
                    + " are kept in memory and saving is retried every " + retry.toSeconds() + " s.");
            schedule(retry);
        }
    }

    /**
     * Saves now, on the calling thread, for the exit.
     *
     * @throws IOException when the notes could not be written; the caller should keep the window open
     */
    public void flush() throws IOException {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        store.save();
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
