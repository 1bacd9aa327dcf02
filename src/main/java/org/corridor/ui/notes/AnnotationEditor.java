package org.corridor.ui.notes;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Placement;
import org.corridor.ui.common.Dates;

/**
 * Edits the selected annotation in place: its tags (remove a chip, add with the picker), its note (saved as you
 * type; one typing burst is one undo step), its passage (re-select in the article and "Update passage"), and
 * deletes it (undo brings it back). Ctrl+Z in the note undoes through the notes' history, not the text box's;
 * Esc gives the keyboard back to the article.
 * <p>
 * The editor holds exactly one annotation, the one selected in the article on screen, and types into that one
 * only. With none selected (another article opened, the annotation undone or deleted) it is empty and disabled,
 * so nothing can be typed that would not be kept.
 */
final class AnnotationEditor extends VBox {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final String NOTHING_SELECTED = "Choose a note in the list, or select a passage in the article"
            + " and press N.";

    private final NotesSession session;
    private final ArticleNotes notes;
    private final Label quote = new Label();
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextArea note = new TextArea();
    private final Label times = new Label();
    private final Button updatePassage = new Button("Update passage");
    private final BooleanProperty holding = new SimpleBooleanProperty();
    private final Runnable leave;
    private boolean showing;
    /** The annotation the text box belongs to; null when none is selected. */
    private String editing;
    /** An annotation N has just made, dropped by Esc while it is still empty, and the notes right after N. */
    private String draft;
    private NotesSnapshot draftMadeIn;

    /**
     * @param addTags        opens the tag picker for the selected annotation
     * @param updateExtent   moves the selected annotation to the article's current selection
     * @param leave          gives the keyboard back to the article
     */
    AnnotationEditor(NotesSession session, ArticleNotes notes, Runnable addTags, Runnable updateExtent,
                     Runnable leave) {
        this.session = session;
        this.notes = notes;
        this.leave = leave;
        getStyleClass().add("annotation-editor");
        setSpacing(6);
        quote.getStyleClass().add("annotation-quote");
        quote.setWrapText(true);
        note.setId("note-editor");
        note.setPromptText("Note (plain text or Markdown), saved as you type");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        times.getStyleClass().add("annotation-times");

        Button addTag = new Button("+ Tag");
        addTag.setId("annotation-add-tag");
        addTag.setOnAction(e -> addTags.run());
        updatePassage.setId("annotation-update-passage");
        updatePassage.setOnAction(e -> updateExtent.run());
        Button delete = new Button("Delete");
        delete.setId("annotation-delete");
        delete.setOnAction(e -> deleteSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, addTag, updatePassage, spacer, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(quote, chips, note, times, actions);

        note.textProperty().addListener((o, a, text) -> noteTyped(text));
        note.focusedProperty().addListener((o, a, focused) -> session.endBurst());
        note.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        note.editableProperty().bind(session.editableProperty());
        disableProperty().bind(session.editableProperty().not().or(holding.not()));
        notes.selectedIdProperty().addListener((o, a, id) -> {
            session.endBurst();
            show();
        });
        session.snapshotProperty().addListener((o, a, s) -> show());
        show();
    }

    private void show() {
        Optional<Placement> selected = notes.selected();
        String id = selected.map(p -> p.annotation().id()).orElse(null);
        if (!Objects.equals(id, editing)) {
            draft = null;
        }
        editing = id;
        holding.set(id != null);
        if (selected.isEmpty()) {
            quote.setText(NOTHING_SELECTED);
            chips.getChildren().clear();
            setNote("");
            times.setText("");
            return;
        }
        Annotation a = selected.get().annotation();
        Codebook codebook = session.snapshot().codebook();
        quote.setText("“" + TagStyles.shorten(a.anchor().exact(), 160) + "”");
        chips.getChildren().setAll(a.tagIds().stream().map(tag -> TagStyles.chip(codebook, tag,
                () -> session.perform(s -> session.annotationEdits().untag(s, a.id(), tag)))).toList());
        setNote(a.note());
        times.setText("Created " + Dates.format(a.created()) + (a.modified().equals(a.created()) ? ""
                : " · edited " + Dates.format(a.modified())));
        updatePassage.setDisable(selected.get().articleId() == null);
    }

    /** Shows the annotation's note, leaving the text box (and its caret) alone when it already says that. */
    private void setNote(String text) {
        if (!note.getText().equals(text)) {
            showing = true;
            note.setText(text);
            showing = false;
        }
    }

    private void noteTyped(String text) {
        String id = editing;
        if (!showing && id != null) {
            session.perform(s -> session.annotationEdits().editNote(s, id, text));
        }
    }

    private void keys(KeyEvent e) {
        if (REDO.match(e) || e.isShortcutDown() && e.getCode() == KeyCode.Y) {
            session.redo();
        } else if (UNDO.match(e)) {
            session.undo();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            dropEmptyDraft();
            leave.run();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Esc after N without a word written: the passage gets no annotation. When nothing else changed since N,
     * that is N undone, so no empty step stays in the history; otherwise (text typed and erased) it is deleted.
     */
    private void dropEmptyDraft() {
        String id = draft;
        draft = null;
        if (id == null || !id.equals(editing)) {
            return;
        }
        boolean empty = session.snapshot().annotations().stream().filter(a -> a.id().equals(id))
                .anyMatch(a -> a.note().isBlank() && a.tagIds().isEmpty());
        if (!empty) {
            return;
        }
        if (session.snapshot() == draftMadeIn) {
            session.undo();
        } else {
            session.perform(s -> session.annotationEdits().delete(s, id));
        }
    }

    void deleteSelected() {
        notes.selected().ifPresent(p -> {
            if (session.perform(s -> session.annotationEdits().delete(s, p.annotation().id()))) {
                session.endBurst();
                notes.selectedIdProperty().set(null);
            }
        });
    }

    void focusNote() {
        note.requestFocus();
        note.end();
    }

    /** Takes the keyboard for the note of an annotation N has just made: Esc before writing drops it. */
    void focusNewNote() {
        draft = editing;
        draftMadeIn = session.snapshot();
        focusNote();
    }
}
