package org.corridor.ui.notes;

import java.util.Optional;
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
import org.corridor.notes.Placement;
import org.corridor.ui.common.Dates;

/**
 * Edits the selected annotation in place: its tags (remove a chip, add with the picker), its note (saved as you
 * type; one typing burst is one undo step), its passage (re-select in the article and "Update passage"), and
 * deletes it (undo brings it back). Ctrl+Z in the note undoes through the notes' history, not the text box's.
 */
final class AnnotationEditor extends VBox {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final NotesSession session;
    private final ArticleNotes notes;
    private final Label quote = new Label();
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextArea note = new TextArea();
    private final Label times = new Label();
    private final Button updatePassage = new Button("Update passage");
    private boolean showing;

    /**
     * @param addTags        opens the tag picker for the selected annotation
     * @param updateExtent   moves the selected annotation to the article's current selection
     */
    AnnotationEditor(NotesSession session, ArticleNotes notes, Runnable addTags, Runnable updateExtent) {
        this.session = session;
        this.notes = notes;
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
        note.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        note.editableProperty().bind(session.editableProperty());
        disableProperty().bind(session.editableProperty().not());
        notes.selectedIdProperty().addListener((o, a, id) -> {
            session.endBurst();
            show();
        });
        session.snapshotProperty().addListener((o, a, s) -> show());
        show();
    }

    private void show() {
        Optional<Placement> selected = notes.selected();
        setVisible(selected.isPresent());
        setManaged(selected.isPresent());
        if (selected.isEmpty()) {
            return;
        }
        Annotation a = selected.get().annotation();
        Codebook codebook = session.snapshot().codebook();
        quote.setText("“" + TagStyles.shorten(a.anchor().exact(), 160) + "”");
        chips.getChildren().setAll(a.tagIds().stream().map(id -> TagStyles.chip(codebook, id,
                () -> session.perform(s -> session.annotationEdits().untag(s, a.id(), id)))).toList());
        if (!note.getText().equals(a.note())) {
            showing = true;
            note.setText(a.note());
            showing = false;
        }
        times.setText("Created " + Dates.format(a.created()) + (a.modified().equals(a.created()) ? ""
                : " · edited " + Dates.format(a.modified())));
        updatePassage.setDisable(selected.get().articleId() == null);
    }

    private void noteTyped(String text) {
        if (showing) {
            return;
        }
        notes.selected().ifPresent(p -> session.perform(s -> session.annotationEdits().editNote(s,
                p.annotation().id(), text)));
    }

    private void undoKeys(KeyEvent e) {
        if (REDO.match(e) || e.isShortcutDown() && e.getCode() == KeyCode.Y) {
            session.redo();
            e.consume();
        } else if (UNDO.match(e)) {
            session.undo();
            e.consume();
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
}
