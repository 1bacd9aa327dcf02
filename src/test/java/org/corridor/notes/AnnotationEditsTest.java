package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.corridor.corpus.Article;
import org.junit.jupiter.api.Test;

class AnnotationEditsTest {

    private final TestClock clock = new TestClock();
    private final AnnotationEdits edits = new AnnotationEdits(clock);
    private final CodebookEdits codebook = new CodebookEdits(clock);
    private final Notebook notebook = new Notebook(NotesSnapshot.empty(), null);
    private final UndoHistory history = new UndoHistory(notebook);
    private final Article article = Fixtures.article();

    private String tagNamed(String name) {
        Tag tag = CodebookEdits.newTag(notebook.snapshot().codebook(), name, null);
        history.perform(codebook.create(notebook.snapshot(), tag));
        return tag.id();
    }

    private Annotation tagEnergy() {
        String energy = tagNamed("Energy");
        int start = Fixtures.TEXT.indexOf("energy and roads");
        history.perform(edits.tagPassage(notebook.snapshot(), article, start, start + 16, List.of(energy), ""));
        return notebook.snapshot().annotations().get(0);
    }

    @Test
    void taggingAPassageStoresItsQuoteContextAndArticleAndUndoRedoRoundTrips() {
        Annotation a = tagEnergy();
        assertThat(a.anchor().exact()).isEqualTo("energy and roads");
        assertThat(a.anchor().prefix()).endsWith("focused on ");
        assertThat(a.anchor().suffix()).startsWith(". The second");
        assertThat(a.articleId()).isEqualTo("a1");
        assertThat(a.fingerprint()).isEqualTo(article.meta().fingerprint());
        assertThat(a.created().getOffset().getTotalSeconds()).isEqualTo(5 * 3600);
        NotesSnapshot tagged = notebook.snapshot();

        assertThat(history.undo()).isTrue();
        assertThat(notebook.snapshot().annotations()).isEmpty();
        assertThat(history.redo()).isTrue();
        assertThat(notebook.snapshot()).isEqualTo(tagged);
    }

    @Test
    void noteEditsOfOneTypingBurstAreOneUndoStepAndAPauseStartsAnother() {
        Annotation a = tagEnergy();
        for (String text : List.of("F", "Fi", "Fir", "First")) {
            clock.advance(Duration.ofMillis(300));
            history.perform(edits.editNote(notebook.snapshot(), a.id(), text));
        }
        clock.advance(Duration.ofSeconds(5));
        history.perform(edits.editNote(notebook.snapshot(), a.id(), "First phase"));
        assertThat(note(a)).isEqualTo("First phase");

        history.undo();
        assertThat(note(a)).isEqualTo("First");
        history.undo();
        assertThat(note(a)).isEmpty();
        assertThat(notebook.snapshot().annotations()).hasSize(1);
        history.redo();
        history.redo();
        assertThat(note(a)).isEqualTo("First phase");
    }

    @Test
    void untagAndAddTagsKeepTheNoteAndUndoBringsTheTagBack() {
        Annotation a = tagEnergy();
        String roads = tagNamed("Roads");
        history.perform(edits.editNote(notebook.snapshot(), a.id(), "keep me"));
        history.perform(edits.addTags(notebook.snapshot(), a.id(), List.of(roads, roads)));
        assertThat(current(a).tagIds()).containsExactly(a.tagIds().get(0), roads);

        history.perform(edits.untag(notebook.snapshot(), a.id(), a.tagIds().get(0)));
        assertThat(current(a).tagIds()).containsExactly(roads);
        assertThat(note(a)).isEqualTo("keep me");
        history.undo();
        assertThat(current(a).tagIds()).containsExactly(a.tagIds().get(0), roads);
    }

    @Test
    void changingTheExtentMovesTheAnchorAndUndoRestoresIt() {
        Annotation a = tagEnergy();
        int start = Fixtures.TEXT.indexOf("roads");
        history.perform(edits.changeExtent(notebook.snapshot(), a.id(), article, start, start + 5));
        assertThat(current(a).anchor().exact()).isEqualTo("roads");
        history.undo();
        assertThat(current(a).anchor()).isEqualTo(a.anchor());
    }

    @Test
    void deletingKeepsEverythingForUndo() {
        Annotation a = tagEnergy();
        history.perform(edits.editNote(notebook.snapshot(), a.id(), "a note"));
        history.endBurst();
        Annotation withNote = current(a);
        history.perform(edits.delete(notebook.snapshot(), a.id()));
        assertThat(notebook.snapshot().annotations()).isEmpty();
        history.undo();
        assertThat(current(a)).isEqualTo(withNote);
        assertThat(history.undoLabel()).isEqualTo("edit note");
    }

    @Test
    void anEmptySelectionCannotBeTagged() {
        assertThatThrownBy(() -> edits.tagPassage(notebook.snapshot(), article, 5, 5, List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadOnlyNotebookRefusesEdits() {
        Notebook locked = new Notebook(NotesSnapshot.empty(), "open elsewhere");
        UndoHistory lockedHistory = new UndoHistory(locked);
        NotesEdit edit = edits.tagPassage(locked.snapshot(), article, 0, 9, List.of(), "");
        assertThatThrownBy(() -> lockedHistory.perform(edit)).hasMessageContaining("open elsewhere");
        assertThat(locked.snapshot().annotations()).isEmpty();
    }

    private Annotation current(Annotation a) {
        return AnnotationEdits.find(notebook.snapshot(), a.id());
    }

    private String note(Annotation a) {
        return current(a).note();
    }
}
