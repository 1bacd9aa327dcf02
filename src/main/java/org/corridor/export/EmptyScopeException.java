package org.corridor.export;

/** The chosen scope holds nothing to export; nothing is written and the message says why. */
public final class EmptyScopeException extends ExportException {
    private static final long serialVersionUID = 1L;

    public EmptyScopeException(String message) {
        super(message);
    }
}
