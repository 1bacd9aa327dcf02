package org.corridor.common;

/**
 * How a long core job reports progress and learns that the user cancelled it.
 * The core knows nothing of JavaFX; the UI adapts this to a task's progress properties.
 */
public interface ProgressListener {

    /** Reports that {@code done} of {@code total} units are finished; {@code total <= 0} means unknown. */
    void progress(long done, long total, String message);

    /** True once the user asked to stop; jobs check it between units of work. */
    boolean isCancelled();

    /** A listener that ignores progress and is never cancelled, for the CLI and tests. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
