package org.corridor.entities;

import java.util.Locale;

/** The highlight layers of the annotated article. */
public enum Category {
    ACTOR, INITIATIVE, PLACE, DATE;

    /** Lower-case name as written in JSON and the CLI: "actor", "initiative", "place", "date". */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
