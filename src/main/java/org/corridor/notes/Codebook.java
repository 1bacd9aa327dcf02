package org.corridor.notes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The user's tags, as a forest: each tag may have a parent. Immutable; edits make a new codebook. */
public record Codebook(List<Tag> tags) {

    public static final Codebook EMPTY = new Codebook(List.of());

    public Codebook {
        tags = List.copyOf(tags);
    }

    public Optional<Tag> find(String id) {
        return tags.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Tag> children(String parentId) {
        return tags.stream().filter(t -> java.util.Objects.equals(t.parentId(), parentId)).toList();
    }

    /** "Parent/Child" names from the root down, as exports write them; the id itself if the tag is unknown. */
    public String path(String id) {
        List<String> names = new ArrayList<>();
        String current = id;
        int guard = 0;
        while (current != null && guard++ < 64) {
            Optional<Tag> tag = find(current);
            if (tag.isEmpty()) {
                if (names.isEmpty()) {
                    names.add(current);
                }
                break;
            }
            names.add(tag.get().name());
            current = tag.get().parentId();
        }
        Collections.reverse(names);
        return String.join("/", names);
    }
}
