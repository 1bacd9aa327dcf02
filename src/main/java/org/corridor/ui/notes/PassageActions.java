package org.corridor.ui.notes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
import javafx.stage.Window;
import org.corridor.corpus.Article;
import org.corridor.notes.Annotation;
import org.corridor.notes.Placement;
import org.corridor.ui.reader.ReaderView;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * What the user does with a selection in the article: tag it (T), write a note on it (N), move the selected
 * annotation onto it ("Update passage"), and the way back: show an annotation's passage in the article.
 */
final class PassageActions {

    private final Window owner;
    private final NotesSession session;
    private final ArticleNotes notes;
    private final ReaderView view;
    private AnnotationEditor editor;
    private Runnable revealEditor = () -> { };

    PassageActions(Window owner, NotesSession session, ArticleNotes notes, ReaderView view) {
        this.owner = owner;
        this.session = session;
        this.notes = notes;
        this.view = view;
    }

    /** How to bring the note editor into view (its side-panel tab) before it takes the keyboard. */
    void setRevealEditor(Runnable reveal) {
        this.revealEditor = reveal;
    }

    void setEditor(AnnotationEditor editor) {
        this.editor = editor;
    }

    /** The selection in text offsets, without the blanks at its ends; empty when nothing is selected. */
    private Optional<int[]> selection() {
        StyleClassedTextArea area = view.area();
        IndexRange range = area.getSelection();
        String text = area.getText();
        int s = range.getStart();
        int e = range.getEnd();
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return e > s ? Optional.of(new int[] {s + view.bodyStart(), e + view.bodyStart()}) : Optional.empty();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u200B';
    }

    /** T: tags the selected passage; with no new selection, adds tags to the selected annotation. */
    void tagSelection() {
        Article article = notes.articleProperty().get();
        Optional<int[]> range = newSelection();
        if (range.isEmpty()) {
            if (notes.selected().isPresent()) {
                addTags();
            } else {
                session.tell("Select a passage in the article first, then press T.");
            }
            return;
        }
        if (article == null) {
            return;
        }
        int[] r = range.get();
        TagPicker.show(owner, onScreen(r), session, ids -> create(article, r, ids));
    }

    /** N: a note on the selected passage (a new annotation without tags), or on the selected annotation. */
    void noteOnSelection() {
        Article article = notes.articleProperty().get();
        Optional<int[]> range = newSelection();
        boolean created = article != null && range.isPresent() && create(article, range.get(), List.of());
        if (notes.selected().isPresent() && editor != null) {
            revealEditor.run();
            if (created) {
                editor.focusNewNote();
            } else {
                editor.focusNote();
            }
        }
    }

    /** Gives the keyboard back to the article, e.g. when the user is done with a note. */
    void focusArticle() {
        view.area().requestFocus();
    }

    /**
     * The selected passage, unless it is exactly the selected annotation's (choosing a note selects its passage,
     * and T or N then means that note, not a new one).
     */
    private Optional<int[]> newSelection() {
        Optional<Placement> current = notes.selected();
        return selection().filter(r -> current.isEmpty() || current.get().start() != r[0]
                || current.get().end() != r[1]);
    }

    /** Opens the tag picker for the selected annotation. */
    void addTags() {
        notes.selected().ifPresent(p -> TagPicker.show(owner, onScreen(new int[] {p.start(), p.end()}), session,
                ids -> session.perform(s ->
                session.annotationEdits().addTags(s, p.annotation().id(), ids))));
    }

    /** Where a passage (full-text offsets) is on screen, or null when it is scrolled out of view. */
    private Bounds onScreen(int[] range) {
        StyleClassedTextArea area = view.area();
        int s = Math.max(0, Math.min(area.getLength(), range[0] - view.bodyStart()));
        int e = Math.max(s, Math.min(area.getLength(), range[1] - view.bodyStart()));
        return area.getCharacterBoundsOnScreen(s, e).orElse(null);
    }

    /** Moves the selected annotation onto the article's current selection. */
    void updateExtent() {
        Article article = notes.articleProperty().get();
        Optional<int[]> range = selection();
        Optional<Placement> current = notes.selected();
        if (article == null || range.isEmpty() || current.isEmpty()) {
            session.tell("Select the annotation, then the new passage in the article.");
            return;
        }
        int[] r = range.get();
        session.perform(s -> session.annotationEdits().changeExtent(s, current.get().annotation().id(), article,
                r[0], r[1]));
    }

    /** @return true when the passage got its annotation, which is then the selected one */
    private boolean create(Article article, int[] r, List<String> tagIds) {
        Set<String> before = ids();
        if (!session.perform(s -> session.annotationEdits().tagPassage(s, article, r[0], r[1], tagIds, ""))) {
            return false;
        }
        session.snapshot().annotations().stream().map(Annotation::id).filter(id -> !before.contains(id))
                .findFirst().ifPresent(id -> notes.selectedIdProperty().set(id));
        return true;
    }

    private Set<String> ids() {
        return session.snapshot().annotations().stream().map(Annotation::id).collect(Collectors.toSet());
    }

    /** Scrolls the article to the passage and selects it. */
    void reveal(Placement p) {
        if (p.orphan() || notes.articleProperty().get() == null
                || !notes.articleProperty().get().id().equals(p.articleId())) {
            return;
        }
        StyleClassedTextArea area = view.area();
        int s = Math.max(0, Math.min(area.getLength(), p.start() - view.bodyStart()));
        int e = Math.max(s, Math.min(area.getLength(), p.end() - view.bodyStart()));
        area.selectRange(s, e);
        area.requestFollowCaret();
    }
}
