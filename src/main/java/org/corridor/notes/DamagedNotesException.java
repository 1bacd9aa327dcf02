package org.corridor.notes;

/** A notes file that cannot be read as a complete notes document (cut short, edited badly, not JSON). */
public final class DamagedNotesException extends Exception {
    private static final long serialVersionUID = 1L;

    public DamagedNotesException(String reason) {
        super(reason);
    }

    /** Jackson's message without the location dump that follows it, for a message a user can read. */
    static String originalMessage(Exception e) {
        if (e instanceof tools.jackson.core.JacksonException j && j.getOriginalMessage() != null) {
            return j.getOriginalMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
