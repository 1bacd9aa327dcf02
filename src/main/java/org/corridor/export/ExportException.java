package org.corridor.export;

import java.io.IOException;

/** An export or import that cannot be done as asked; the message is written for the user. */
public class ExportException extends IOException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
