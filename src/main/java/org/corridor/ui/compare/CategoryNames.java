package org.corridor.ui.compare;

import org.corridor.entities.Category;

/** How the comparison panel names the categories. */
final class CategoryNames {

    private CategoryNames() {
    }

    static String plural(Category category) {
        return switch (category) {
            case ACTOR -> "Actors";
            case INITIATIVE -> "Initiatives";
            case PLACE -> "Places";
            case DATE -> "Dates";
        };
    }
}
