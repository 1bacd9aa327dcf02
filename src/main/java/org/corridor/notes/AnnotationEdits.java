package org.corridor.notes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.corridor.corpus.Article;

/** The edits of annotations a user makes in the article view and the side panel. */
public final class AnnotationEdits {

    private final Clock clock;

    public AnnotationEdits(Clock clock) {
        this.clock = clock;
    }

    /** Tags {@code text[start, end)} of the article with {@code tagIds} (may be empty for a note-only passage). */
    public NotesEdit tagPassage(NotesSnapshot s, Article article, int start, int end, List<String> tagIds, String note) {
        checkRange(article, start, end);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Annotation a = new Annotation(UUID.randomUUID().toString(), article.id(), article.meta().title(),
                article.meta().path(), article.meta().fingerprint(), distinct(tagIds), note, now, now,
                TextAnchor.of(article.text(), start, end));
        return new NotesEdit.Builder("tag passage", s).putAnnotation(a).build(clock.instant());
    }

    /** Adds tags to an annotation, keeping the ones it has and their order. */
    public NotesEdit addTags(NotesSnapshot s, String annotationId, List<String> tagIds) {
        Annotation a = find(s, annotationId);
        List<String> tags = new ArrayList<>(a.tagIds());
        tags.addAll(tagIds);
        return replace("tag passage", s, a, distinct(tags), a.note(), a.anchor(), null);
    }

    public NotesEdit untag(NotesSnapshot s, String annotationId, String tagId) {
        Annotation a = find(s, annotationId);
        List<String> tags = new ArrayList<>(a.tagIds());
        tags.remove(tagId);
        return replace("remove tag", s, a, tags, a.note(), a.anchor(), null);
    }

    /** A change of the note text; successive changes of one note while typing are one undo step. */
    public NotesEdit editNote(NotesSnapshot s, String annotationId, String note) {
        Annotation a = find(s, annotationId);
        return replace("edit note", s, a, a.tagIds(), note, a.anchor(), "note:" + annotationId);
    }

    /** Moves the passage to {@code text[start, end)} of the (possibly changed) article. */
    public NotesEdit changeExtent(NotesSnapshot s, String annotationId, Article article, int start, int end) {
        checkRange(article, start, end);
        Annotation a = find(s, annotationId);
        Annotation relinked = new Annotation(a.id(), article.id(), article.meta().title(), article.meta().path(),
                article.meta().fingerprint(), a.tagIds(), a.note(), a.created(), a.modified(), a.anchor());
        return replace("change passage", s, relinked, a.tagIds(), a.note(),
                TextAnchor.of(article.text(), start, end), null);
    }

    public NotesEdit delete(NotesSnapshot s, String annotationId) {
        find(s, annotationId);
        return new NotesEdit.Builder("delete annotation", s).removeAnnotation(annotationId).build(clock.instant());
    }

    private NotesEdit replace(String label, NotesSnapshot s, Annotation a, List<String> tags, String note,
                              TextAnchor anchor, String burst) {
        Annotation changed = new Annotation(a.id(), a.articleId(), a.articleTitle(), a.articlePath(),
                a.fingerprint(), tags, note, a.created(), OffsetDateTime.now(clock), anchor);
        boolean same = changed.tagIds().equals(a.tagIds()) && changed.note().equals(a.note())
                && changed.anchor().equals(a.anchor()) && changed.articleId().equals(a.articleId());
        return new NotesEdit.Builder(label, s).burst(burst).putAnnotation(same ? a : changed).build(clock.instant());
    }

    static Annotation find(NotesSnapshot s, String id) {
        return s.annotations().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No annotation " + id));
    }

    private static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static void checkRange(Article article, int start, int end) {
        if (start < 0 || end <= start || end > article.text().length()) {
            throw new IllegalArgumentException("Select some text first");
        }
    }
}
