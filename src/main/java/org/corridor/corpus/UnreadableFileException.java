package org.corridor.corpus;

/** A file that cannot be read as an article; the message is written for the user, not for a log. */
public final class UnreadableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message) {
        super(message);
    }
}
