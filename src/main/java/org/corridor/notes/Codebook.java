package org.corridor.notes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
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

    /**
     * The tags depth-first, each parent before its children, siblings by name: the order the codebook is shown
     * and saved in. Tags whose parent is missing (or that sit in a cycle) are treated as top-level.
     */
    public List<Tag> treeOrder() {
        Set<String> ids = new HashSet<>();
        tags.forEach(t -> ids.add(t.id()));
        List<Tag> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Tag root : sorted(tags.stream().filter(t -> t.parentId() == null || !ids.contains(t.parentId())))) {
            visit(root, out, seen);
        }
        for (Tag t : sorted(tags.stream())) {
            visit(t, out, seen);
        }
        return out;
    }

    /** Depth-first with an explicit stack: a hand-edited file may nest tags thousands of levels deep. */
    private void visit(Tag tag, List<Tag> out, Set<String> seen) {
        java.util.Deque<Tag> todo = new java.util.ArrayDeque<>(List.of(tag));
        while (!todo.isEmpty()) {
            Tag next = todo.pop();
            if (seen.add(next.id())) {
                out.add(next);
                List<Tag> children = sorted(children(next.id()).stream());
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
    }

    private static List<Tag> sorted(java.util.stream.Stream<Tag> tags) {
        return tags.sorted(Comparator.comparing((Tag t) -> t.name().toLowerCase(Locale.ROOT)).thenComparing(Tag::id))
                .toList();
    }

    /** The tag and every tag below it. */
    public Set<String> subtree(String id) {
        Set<String> out = new LinkedHashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            if (out.add(current)) {
                children(current).forEach(c -> todo.push(c.id()));
            }
        }
        return out;
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
