package org.corridor.common;

/** Thrown by a job that noticed {@link ProgressListener#isCancelled()} and stopped early. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
