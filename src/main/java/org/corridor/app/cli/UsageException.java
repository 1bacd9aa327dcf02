package org.corridor.app.cli;

/** The command line was not understood; the message says what to fix. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
