package org.corridor.search;

/** A query the user typed that cannot be understood; the message says what to fix. */
public final class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }
}
