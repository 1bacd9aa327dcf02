package org.corridor.compare;

import java.util.List;
import org.corridor.entities.Category;

/** The entities of one category: mentioned by both articles, only by the first, only by the second. */
public record CategoryOverlap(Category category, List<EntityCount> both, List<EntityCount> onlyA,
                              List<EntityCount> onlyB) {

    public CategoryOverlap {
        both = List.copyOf(both);
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
    }
}
