package org.corridor.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.corridor.common.ProgressListener;

/**
 * The one way the UI runs work off the FX thread. Jobs run on an injected worker executor; their results,
 * failures and progress come back through an injected "UI executor" (Platform::runLater in the app, the
 * calling thread in tests). Long jobs publish progress that the status bar shows, and can be cancelled.
 */
public final class Background {

    /** Work that reports progress and may be cancelled. */
    @FunctionalInterface
    public interface Job<T> {
        T run(ProgressListener progress) throws Exception;
    }

    private final Executor worker;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The tracked jobs still running, newest first; the status bar shows the newest. UI thread only. */
    private final Deque<Handle> running = new ArrayDeque<>();
    private volatile Handle current;

    public Background(Executor worker, Executor ui) {
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Quick work (reading one article, recognising it): no progress shown. */
    public <T> Handle run(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Handle handle = new Handle(false);
        worker.execute(() -> execute(job, handle, onSuccess, onFailure));
        return handle;
    }

    /** Long work (loading a corpus, indexing, exporting): progress in the status bar, cancellable there. */
    public <T> Handle runTracked(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Handle handle = new Handle(true, title);
        ui.execute(() -> {
            running.push(handle);
            show(handle);
        });
        worker.execute(() -> execute(job, handle, onSuccess, onFailure));
        return handle;
    }

    private <T> void execute(Job<T> job, Handle handle, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = job.run(handle);
            ui.execute(() -> {
                finish(handle);
                if (!handle.isCancelled()) {
                    onSuccess.accept(result);
                }
            });
        } catch (Throwable e) {
            ui.execute(() -> {
                finish(handle);
                onFailure.accept(e);
            });
        }
    }

    /** When the job on show ends, the newest one still running takes its place (indexing after a reload). */
    private void finish(Handle handle) {
        if (!handle.tracked) {
            return;
        }
        running.remove(handle);
        if (current == handle) {
            show(running.peek());
        }
    }

    private void show(Handle handle) {
        current = handle;
        busy.set(handle != null);
        progress.set(handle == null ? 0 : handle.fraction);
        message.set(handle == null ? "" : handle.text);
    }

    /** Runs on the UI thread, after what it is doing now: for news from a worker thread. */
    public void later(Runnable action) {
        ui.execute(action);
    }

    /** Cancels the tracked job the status bar shows, if any. */
    public void cancelCurrent() {
        Handle h = current;
        if (h != null) {
            h.cancel();
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A running job: its progress listener, and the switch that cancels it. */
    public final class Handle implements ProgressListener {
        private final boolean tracked;
        private volatile boolean cancelled;
        private volatile long lastReport;
        private volatile double fraction = -1;
        private volatile String text;

        private Handle(boolean tracked) {
            this(tracked, "");
        }

        private Handle(boolean tracked, String title) {
            this.tracked = tracked;
            this.text = title;
        }

        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(long done, long total, String text) {
            if (!tracked) {
                return;
            }
            long now = System.nanoTime();
            // Many thousands of updates a second would flood the FX queue; a few dozen a second are enough.
            if (now - lastReport < 30_000_000L && done < total) {
                return;
            }
            lastReport = now;
            fraction = total > 0 ? (double) done / total : -1;
            if (text != null && !text.isEmpty()) {
                this.text = text;
            }
            ui.execute(() -> {
                if (current == this) {
                    progress.set(fraction);
                    message.set(this.text);
                }
            });
        }
    }
}
