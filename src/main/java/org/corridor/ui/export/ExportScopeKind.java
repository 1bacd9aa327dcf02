package org.corridor.ui.export;

/** The scopes the export dialog offers, in the words it shows. */
public enum ExportScopeKind {
    ALL("All articles"),
    OPEN_ARTICLE("The open article"),
    SELECTED("Articles selected in the list"),
    TAGS("Annotations with chosen tags"),
    DATES("Articles published in a date range");

    private final String label;

    ExportScopeKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
