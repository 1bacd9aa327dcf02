package org.corridor.ui.entities;

import java.util.Locale;
import org.corridor.entities.Category;

/** The words the window uses for categories and kinds of entities, instead of their JSON values. */
public final class EntityWords {

    private EntityWords() {
    }

    /** "Actor", "Initiative", "Place", "Date". */
    public static String category(Category category) {
        return switch (category) {
            case ACTOR -> "Actor";
            case INITIATIVE -> "Initiative";
            case PLACE -> "Place";
            case DATE -> "Date";
        };
    }

    /** A kind as a word that starts a line: "person" is "Person", "member" stays readable as "Member". */
    public static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return "";
        }
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    }
}
