package org.corridor.entities.user;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** What the user told the recogniser about a piece of text. */
public enum CorrectionType {
    /** The text is an entity of the given category and kind (a new user entity). */
    ENTITY,
    /** The text is another name of an existing entity. */
    ALIAS,
    /** The text is not an entity: a false hit to suppress everywhere. */
    NOT_ENTITY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static CorrectionType fromJson(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
