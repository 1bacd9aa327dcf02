package org.corridor.notes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

/**
 * Edits of the codebook. Tags are referred to by id, so renaming or recolouring never touches an annotation;
 * merging moves the annotations to the surviving tag, deleting takes the tag off them. Notes are never removed.
 */
public final class CodebookEdits {

    private final Clock clock;

    public CodebookEdits(Clock clock) {
        this.clock = clock;
    }

    /** A new tag (not yet in the codebook) with a fresh id and the next free palette colour. */
    public static Tag newTag(Codebook codebook, String name, String parentId) {
        return new Tag(UUID.randomUUID().toString(), name.strip(), parentId, TagPalette.next(codebook), "");
    }

    public NotesEdit create(NotesSnapshot s, Tag tag) {
        if (s.codebook().find(tag.id()).isPresent()) {
            throw new IllegalArgumentException("A tag with id " + tag.id() + " exists already");
        }
        checkParent(s.codebook(), tag.parentId());
        checkName(s.codebook(), tag.id(), tag.name(), tag.parentId());
        checkColor(tag.color());
        return edit("create tag", s).putTag(tag).build(clock.instant());
    }

    public NotesEdit rename(NotesSnapshot s, String id, String name) {
        Tag t = find(s, id);
        checkName(s.codebook(), id, name, t.parentId());
        return edit("rename tag", s).putTag(new Tag(id, name.strip(), t.parentId(), t.color(), t.description()))
                .build(clock.instant());
    }

    public NotesEdit recolour(NotesSnapshot s, String id, String color) {
        Tag t = find(s, id);
        checkColor(color);
        return edit("recolour tag", s).putTag(new Tag(id, t.name(), t.parentId(), color, t.description()))
                .build(clock.instant());
    }

    public NotesEdit describe(NotesSnapshot s, String id, String description) {
        Tag t = find(s, id);
        return edit("describe tag", s).burst("tag-description:" + id)
                .putTag(new Tag(id, t.name(), t.parentId(), t.color(), description == null ? "" : description))
                .build(clock.instant());
    }

    /** Puts the tag under {@code parentId} (null: top level); a tag cannot go under itself or its own sub-tags. */
    public NotesEdit move(NotesSnapshot s, String id, String parentId) {
        Tag t = find(s, id);
        checkParent(s.codebook(), parentId);
        if (parentId != null && s.codebook().subtree(id).contains(parentId)) {
            throw new IllegalArgumentException("A tag cannot go under itself or one of its sub-tags");
        }
        checkName(s.codebook(), id, t.name(), parentId);
        return edit("move tag", s).putTag(new Tag(id, t.name(), parentId, t.color(), t.description()))
                .build(clock.instant());
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: annotations that had the source get the target (once),
     * the source's sub-tags move under the target, the source disappears. Notes stay as they are.
     */
    public NotesEdit merge(NotesSnapshot s, String sourceId, String targetId) {
        Tag source = find(s, sourceId);
        Tag target = find(s, targetId);
        if (s.codebook().subtree(sourceId).contains(targetId)) {
            throw new IllegalArgumentException("Cannot merge " + source.name() + " into itself or one of its sub-tags");
        }
        NotesEdit.Builder b = edit("merge tags", s).removeTag(sourceId);
        reparentChildren(s, b, sourceId, target.id());
        for (Annotation a : s.annotations()) {
            if (a.tagIds().contains(sourceId)) {
                LinkedHashSet<String> tags = new LinkedHashSet<>();
                a.tagIds().forEach(id -> tags.add(id.equals(sourceId) ? targetId : id));
                b.putAnnotation(withTags(a, List.copyOf(tags)));
            }
        }
        return b.build(clock.instant());
    }

    /** Deletes the tag: annotations lose it (and keep their notes), its sub-tags move up to its parent. */
    public NotesEdit delete(NotesSnapshot s, String id) {
        Tag t = find(s, id);
        NotesEdit.Builder b = edit("delete tag", s).removeTag(id);
        reparentChildren(s, b, id, t.parentId());
        for (Annotation a : s.annotations()) {
            if (a.tagIds().contains(id)) {
                List<String> tags = new ArrayList<>(a.tagIds());
                tags.remove(id);
                b.putAnnotation(withTags(a, tags));
            }
        }
        return b.build(clock.instant());
    }

    /** Adds the starter tags whose names the codebook does not have yet, as one undoable step. */
    public NotesEdit acceptStarter(NotesSnapshot s) {
        NotesEdit.Builder b = edit("add starter codebook", s);
        Codebook growing = s.codebook();
        for (StarterCodebook.Entry root : StarterCodebook.ENTRIES) {
            Tag parent = existing(growing, root.name(), null);
            if (parent == null) {
                parent = newTag(growing, root.name(), null);
                parent = new Tag(parent.id(), parent.name(), null, parent.color(), root.description());
                b.putTag(parent);
                growing = with(growing, parent);
            }
            for (String childName : root.children()) {
                if (existing(growing, childName, parent.id()) == null) {
                    Tag child = new Tag(UUID.randomUUID().toString(), childName, parent.id(), parent.color(), "");
                    b.putTag(child);
                    growing = with(growing, child);
                }
            }
        }
        return b.build(clock.instant());
    }

    private static Codebook with(Codebook c, Tag t) {
        List<Tag> tags = new ArrayList<>(c.tags());
        tags.add(t);
        return new Codebook(tags);
    }

    private static Tag existing(Codebook c, String name, String parentId) {
        return c.tags().stream().filter(t -> Objects.equals(t.parentId(), parentId) && sameName(t.name(), name))
                .findFirst().orElse(null);
    }

    private static void reparentChildren(NotesSnapshot s, NotesEdit.Builder b, String oldParent, String newParent) {
        for (Tag child : s.codebook().children(oldParent)) {
            b.putTag(new Tag(child.id(), child.name(), newParent, child.color(), child.description()));
        }
    }

    private Annotation withTags(Annotation a, List<String> tags) {
        return new Annotation(a.id(), a.articleId(), a.articleTitle(), a.articlePath(), a.fingerprint(), tags,
                a.note(), a.created(), OffsetDateTime.now(clock), a.anchor());
    }

    private static NotesEdit.Builder edit(String label, NotesSnapshot s) {
        return new NotesEdit.Builder(label, s);
    }

    private static Tag find(NotesSnapshot s, String id) {
        return s.codebook().find(id).orElseThrow(() -> new NoSuchElementException("No tag " + id));
    }

    private static void checkParent(Codebook c, String parentId) {
        if (parentId != null && c.find(parentId).isEmpty()) {
            throw new IllegalArgumentException("No parent tag " + parentId);
        }
    }

    private static void checkName(Codebook c, String id, String name, String parentId) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tag needs a name");
        }
        if (name.contains("/")) {
            throw new IllegalArgumentException("A tag name cannot contain '/', which separates parent and child");
        }
        boolean taken = c.tags().stream().anyMatch(t -> !t.id().equals(id) && Objects.equals(t.parentId(), parentId)
                && sameName(t.name(), name));
        if (taken) {
            throw new IllegalArgumentException("There is already a tag named " + name.strip() + " here");
        }
    }

    private static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static void checkColor(String color) {
        if (!TagPalette.isColor(color)) {
            throw new IllegalArgumentException("A colour is written #rrggbb, not " + color);
        }
    }
}
