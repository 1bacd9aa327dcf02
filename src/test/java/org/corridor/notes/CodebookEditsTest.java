package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.corpus.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodebookEditsTest {

    private final TestClock clock = new TestClock();
    private final CodebookEdits edits = new CodebookEdits(clock);
    private final AnnotationEdits notes = new AnnotationEdits(clock);
    private final Notebook notebook = new Notebook(NotesSnapshot.empty(), null);
    private final UndoHistory history = new UndoHistory(notebook);
    private final Article article = Fixtures.article();
    private Tag security;
    private Tag economy;
    private Tag zones;

    @BeforeEach
    void codebookWithTwoTopicsAndAChild() {
        security = create("Security", null);
        economy = create("Economy", null);
        zones = create("Special economic zones", economy.id());
    }

    private Tag create(String name, String parent) {
        Tag t = CodebookEdits.newTag(notebook.snapshot().codebook(), name, parent);
        history.perform(edits.create(notebook.snapshot(), t));
        return t;
    }

    private Annotation annotate(String quote, String note, String... tags) {
        int start = Fixtures.TEXT.indexOf(quote);
        history.perform(notes.tagPassage(notebook.snapshot(), article, start, start + quote.length(), List.of(tags),
                note));
        return notebook.snapshot().annotations().get(notebook.snapshot().annotations().size() - 1);
    }

    @Test
    void newTagsTakeDistinctPaletteColoursAndRenameRecolourDescribeUndo() {
        assertThat(List.of(security.color(), economy.color(), zones.color())).doesNotHaveDuplicates();
        history.perform(edits.rename(notebook.snapshot(), security.id(), "Safety"));
        history.perform(edits.recolour(notebook.snapshot(), security.id(), "#123456"));
        history.perform(edits.describe(notebook.snapshot(), security.id(), "people and projects"));
        Tag changed = notebook.snapshot().codebook().find(security.id()).orElseThrow();
        assertThat(changed).isEqualTo(new Tag(security.id(), "Safety", null, "#123456", "people and projects"));
        history.undo();
        history.undo();
        history.undo();
        assertThat(notebook.snapshot().codebook().find(security.id())).contains(security);
    }

    @Test
    void namesAreUniqueAmongSiblingsAndColoursMustBeColours() {
        assertThatThrownBy(() -> edits.rename(notebook.snapshot(), economy.id(), " security "))
                .hasMessageContaining("already a tag named");
        assertThatThrownBy(() -> edits.recolour(notebook.snapshot(), economy.id(), "red"))
                .isInstanceOf(IllegalArgumentException.class);
        history.perform(edits.create(notebook.snapshot(),
                CodebookEdits.newTag(notebook.snapshot().codebook(), "Security", economy.id())));
        assertThat(notebook.snapshot().codebook().children(economy.id())).hasSize(2);
    }

    @Test
    void aTagMovesUnderAnotherButNeverUnderItsOwnChild() {
        history.perform(edits.move(notebook.snapshot(), security.id(), economy.id()));
        assertThat(notebook.snapshot().codebook().path(security.id())).isEqualTo("Economy/Security");
        assertThatThrownBy(() -> edits.move(notebook.snapshot(), economy.id(), zones.id()))
                .hasMessageContaining("cannot go under itself");
        history.undo();
        assertThat(notebook.snapshot().codebook().path(security.id())).isEqualTo("Security");
    }

    @Test
    void mergingMovesAnnotationsToTheSurvivorOnceAndKeepsEveryNote() {
        Annotation both = annotate("energy and roads", "note one", security.id(), economy.id());
        Annotation onlySecurity = annotate("security of Chinese workers", "note two", security.id());
        Tag child = create("Workers", security.id());
        NotesSnapshot before = notebook.snapshot();

        history.perform(edits.merge(notebook.snapshot(), security.id(), economy.id()));
        NotesSnapshot after = notebook.snapshot();
        assertThat(after.codebook().find(security.id())).isEmpty();
        assertThat(find(after, both).tagIds()).containsExactly(economy.id());
        assertThat(find(after, onlySecurity).tagIds()).containsExactly(economy.id());
        assertThat(find(after, both).note()).isEqualTo("note one");
        assertThat(find(after, onlySecurity).note()).isEqualTo("note two");
        assertThat(after.codebook().find(child.id()).orElseThrow().parentId()).isEqualTo(economy.id());

        history.undo();
        assertThat(notebook.snapshot().annotations()).containsExactlyInAnyOrderElementsOf(before.annotations());
        assertThat(notebook.snapshot().codebook().tags()).containsExactlyInAnyOrderElementsOf(before.codebook().tags());
    }

    @Test
    void deletingATagTakesItOffAnnotationsButNeverDeletesTheAnnotationOrItsNote() {
        Annotation tagged = annotate("energy and roads", "precious", economy.id());
        history.perform(edits.delete(notebook.snapshot(), economy.id()));
        Annotation after = find(notebook.snapshot(), tagged);
        assertThat(after.tagIds()).isEmpty();
        assertThat(after.note()).isEqualTo("precious");
        assertThat(notebook.snapshot().codebook().find(zones.id()).orElseThrow().parentId()).isNull();
        history.undo();
        assertThat(find(notebook.snapshot(), tagged).tagIds()).containsExactly(economy.id());
        assertThat(notebook.snapshot().codebook().find(zones.id()).orElseThrow().parentId()).isEqualTo(economy.id());
    }

    @Test
    void theStarterCodebookAddsOnlyWhatIsMissingAsOneStep() {
        history.perform(edits.acceptStarter(notebook.snapshot()));
        Codebook book = notebook.snapshot().codebook();
        assertThat(book.tags().stream().filter(t -> t.parentId() == null).map(Tag::name))
                .containsExactlyInAnyOrder("Security", "Economy", "Diplomacy", "Energy", "Connectivity");
        assertThat(book.children(economy.id()).stream().map(Tag::name)).contains("Special economic zones", "Trade");
        assertThat(book.children(economy.id()).stream().filter(t -> t.name().equals("Special economic zones")))
                .hasSize(1);
        assertThat(edits.acceptStarter(notebook.snapshot()).isEmpty()).isTrue();
        history.undo();
        assertThat(notebook.snapshot().codebook().tags()).hasSize(3);
    }

    private static Annotation find(NotesSnapshot s, Annotation a) {
        return AnnotationEdits.find(s, a.id());
    }
}
