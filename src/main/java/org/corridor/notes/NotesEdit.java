package org.corridor.notes;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One user edit of the notes as a command: the tags and annotations it touches, each before and after
 * (absent = null). Executing puts the "after" versions in place, undoing puts the "before" ones back, so an
 * edit can be undone and redone any number of times without knowing what kind of edit it was.
 * Edits are made by {@link AnnotationEdits} and {@link CodebookEdits}.
 */
public final class NotesEdit {

    private final String label;
    private final Map<String, Tag> tagsBefore;
    private final Map<String, Tag> tagsAfter;
    private final Map<String, Annotation> notesBefore;
    private final Map<String, Annotation> notesAfter;
    private final String burstKey;
    private final Instant firstAt;
    private final Instant lastAt;

    private NotesEdit(Builder b, Instant firstAt, Instant lastAt) {
        this.label = b.label;
        this.tagsBefore = Collections.unmodifiableMap(b.tagsBefore);
        this.tagsAfter = Collections.unmodifiableMap(b.tagsAfter);
        this.notesBefore = Collections.unmodifiableMap(b.notesBefore);
        this.notesAfter = Collections.unmodifiableMap(b.notesAfter);
        this.burstKey = b.burstKey;
        this.firstAt = firstAt;
        this.lastAt = lastAt;
    }

    /** What the Edit menu shows, e.g. "Undo tag passage". */
    public String label() {
        return label;
    }

    public NotesSnapshot execute(NotesSnapshot s) {
        return apply(s, tagsAfter, notesAfter);
    }

    public NotesSnapshot undo(NotesSnapshot s) {
        return apply(s, tagsBefore, notesBefore);
    }

    public NotesSnapshot redo(NotesSnapshot s) {
        return execute(s);
    }

    /** True when executing would change nothing (e.g. a rename to the same name), so it is not worth an undo step. */
    public boolean isEmpty() {
        return tagsBefore.equals(tagsAfter) && notesBefore.equals(notesAfter);
    }

    /**
     * Folds {@code next} into this edit when both belong to one typing burst (same key, close in time), so undo
     * takes back a whole burst of typing rather than one character.
     */
    public Optional<NotesEdit> coalesce(NotesEdit next, Duration window) {
        if (burstKey == null || !burstKey.equals(next.burstKey)
                || Duration.between(lastAt, next.firstAt).compareTo(window) > 0) {
            return Optional.empty();
        }
        Builder merged = new Builder(label, null);
        merged.burstKey = burstKey;
        merged.tagsBefore.putAll(tagsBefore);
        merged.notesBefore.putAll(notesBefore);
        next.tagsBefore.forEach(merged.tagsBefore::putIfAbsent);
        next.notesBefore.forEach(merged.notesBefore::putIfAbsent);
        merged.tagsAfter.putAll(tagsAfter);
        merged.tagsAfter.putAll(next.tagsAfter);
        merged.notesAfter.putAll(notesAfter);
        merged.notesAfter.putAll(next.notesAfter);
        return Optional.of(new NotesEdit(merged, firstAt, next.lastAt));
    }

    /**
     * Adds tags and annotations made elsewhere (an import) as one edit, so that one undo takes the whole import
     * back. Tags come before the annotations that use them.
     */
    public static NotesEdit adding(String label, NotesSnapshot base, List<Tag> tags, List<Annotation> annotations,
                                   Instant at) {
        Builder builder = new Builder(label, base);
        tags.forEach(builder::putTag);
        annotations.forEach(builder::putAnnotation);
        return builder.build(at);
    }

    private static NotesSnapshot apply(NotesSnapshot s, Map<String, Tag> tags, Map<String, Annotation> notes) {
        Map<String, Tag> tagById = new LinkedHashMap<>();
        s.codebook().tags().forEach(t -> tagById.put(t.id(), t));
        tags.forEach((id, tag) -> put(tagById, id, tag));
        Map<String, Annotation> noteById = new LinkedHashMap<>();
        s.annotations().forEach(a -> noteById.put(a.id(), a));
        notes.forEach((id, a) -> put(noteById, id, a));
        return new NotesSnapshot(s.schemaVersion(), new Codebook(tagById.values().stream().toList()),
                noteById.values().stream().toList());
    }

    private static <T> void put(Map<String, T> map, String id, T value) {
        if (value == null) {
            map.remove(id);
        } else {
            map.put(id, value);
        }
    }

    /** Collects the changes of one edit against the snapshot it starts from. */
    static final class Builder {
        private final String label;
        private final NotesSnapshot base;
        private final Map<String, Tag> tagsBefore = new LinkedHashMap<>();
        private final Map<String, Tag> tagsAfter = new LinkedHashMap<>();
        private final Map<String, Annotation> notesBefore = new LinkedHashMap<>();
        private final Map<String, Annotation> notesAfter = new LinkedHashMap<>();
        private String burstKey;

        Builder(String label, NotesSnapshot base) {
            this.label = label;
            this.base = base;
        }

        Builder burst(String key) {
            this.burstKey = key;
            return this;
        }

        /** @throws IllegalArgumentException when a changed name or description is beyond {@link NotesLimits} */
        Builder putTag(Tag tag) {
            if (!tagsBefore.containsKey(tag.id())) {
                tagsBefore.put(tag.id(), base.codebook().find(tag.id()).orElse(null));
            }
            Tag before = tagsBefore.get(tag.id());
            if (before == null || !before.name().equals(tag.name())) {
                NotesLimits.checkTagName(tag.name());
            }
            if (before == null || !Objects.equals(before.description(), tag.description())) {
                NotesLimits.checkDescription(tag.description());
            }
            tagsAfter.put(tag.id(), tag);
            return this;
        }

        Builder removeTag(String id) {
            if (!tagsBefore.containsKey(id)) {
                tagsBefore.put(id, base.codebook().find(id).orElse(null));
            }
            tagsAfter.put(id, null);
            return this;
        }

        /** @throws IllegalArgumentException when a changed note or passage is beyond {@link NotesLimits} */
        Builder putAnnotation(Annotation a) {
            if (!notesBefore.containsKey(a.id())) {
                notesBefore.put(a.id(), find(base, a.id()));
            }
            Annotation before = notesBefore.get(a.id());
            if (before == null || !before.note().equals(a.note())) {
                NotesLimits.checkNote(a.note());
            }
            if (before == null || !before.anchor().exact().equals(a.anchor().exact())) {
                NotesLimits.checkQuote(a.anchor().exact());
            }
            notesAfter.put(a.id(), a);
            return this;
        }

        Builder removeAnnotation(String id) {
            if (!notesBefore.containsKey(id)) {
                notesBefore.put(id, find(base, id));
            }
            notesAfter.put(id, null);
            return this;
        }

        NotesEdit build(Instant at) {
            Objects.requireNonNull(at);
            if (tagsAfter.values().stream().anyMatch(Objects::nonNull)) {
                NotesLimits.checkDepth(apply(base, tagsAfter, Map.of()).codebook(), tagsAfter.keySet());
            }
            return new NotesEdit(this, at, at);
        }

        private static Annotation find(NotesSnapshot s, String id) {
            return s.annotations().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        }
    }
}
