package org.corridor.notes;

/**
 * A code of the user's codebook.
 *
 * @param id          UUID, so renaming a tag never touches the annotations that carry it
 * @param name        the name shown, unique among its siblings
 * @param parentId    the parent tag's id, or null for a top-level tag
 * @param color       "#rrggbb"
 * @param description what the code means, may be empty
 */
public record Tag(String id, String name, String parentId, String color, String description) {
}
