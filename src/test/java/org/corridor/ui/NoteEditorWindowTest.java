package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.corridor.notes.Annotation;
import org.corridor.notes.NotesFile;
import org.corridor.notes.NotesStore;
import org.corridor.notes.Placement;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * The note editor as a user meets it: it edits one annotation of the article on screen, nothing typed into it
 * is lost or lands on another passage, and what is not saved yet is shown as such and saved on the way out.
 */
class NoteEditorWindowTest extends CorridorUiTest {

    /** In seed 000, the newest article, shown first. */
    private static final String PASSAGE = "positive trajectory of bilateral relations";

    @Override
    public void start(Stage stage) throws Exception {
        super.start(stage);
        fitOnScreen();
    }

    private StyleClassedTextArea article() {
        return lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    private TextArea editor() {
        return lookup("#note-editor").queryAs(TextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Placement> notesList() {
        return (ListView<Placement>) lookup("#notes-list").queryAs(ListView.class);
    }

    /** Selects the passage in the first article and presses N, as a user starting a note would. */
    private void pressNOnPassage() {
        interact(() -> {
            StyleClassedTextArea area = article();
            int at = area.getText().indexOf(PASSAGE);
            area.requestFocus();
            area.selectRange(at, at + PASSAGE.length());
        });
        type(KeyCode.N);
    }

    /** Writes a note on the passage, then leaves the editor for the article. */
    private void writeNoteOnPassage(String note) {
        pressNOnPassage();
        write(note);
        clickOn(article());
    }

    /** Clicks the document list's row: the article it shows opens. */
    private void openArticle(int row) {
        TableRow<?> cell = lookup("#library-table .table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == row).query();
        clickOn(cell);
        assertThat(window.readerView().area().getText()).isNotEmpty();
    }

    /** Clicks the Notes list's only annotation (its shown cell: the list keeps hidden ones for measuring). */
    private void clickTheAnnotation() {
        clickOn(lookup("#notes-list .list-cell").match((ListCell<?> c) -> c.isVisible() && c.getItem() != null)
                .<ListCell<?>>query());
    }

    private void assertEditorDetached() {
        assertThat(editor().getText()).isEmpty();
        assertThat(editor().isDisabled()).as("the editor takes no typing").isTrue();
        assertThat(notesList().getSelectionModel().isEmpty()).isTrue();
    }

    private List<Annotation> annotationsOnDisk() throws IOException {
        return NotesStore.readSnapshot(workspace).annotations();
    }

    private String statusText() {
        AtomicReference<String> text = new AtomicReference<>();
        interact(() -> text.set(lookup("#status-message").queryAs(Label.class).getText()));
        return text.get();
    }

    private void quitWithCtrlQ() {
        press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void openingAnotherArticleClearsAndDisablesTheEditor() throws Exception {
        showSideTab("notes-tab");
        writeNoteOnPassage("first thought");
        clickTheAnnotation();
        assertThat(editor().getText()).isEqualTo("first thought");
        String articleA = window.readerView().area().getText();

        openArticle(1);
        assertThat(window.readerView().area().getText()).isNotEqualTo(articleA);
        assertThat(notesList().getItems()).isEmpty();
        assertEditorDetached();
        clickOn(editor()).write("typed on B");
        assertThat(editor().getText()).isEmpty();

        openArticle(0);
        assertEditorDetached();
        quitWithCtrlQ();
        assertThat(annotationsOnDisk()).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("first thought"));
        assertThat(Files.readString(workspace.resolve(NotesFile.NAME))).doesNotContain("typed on B");
    }

    @Test
    void typingBackOnTheFirstArticleEditsOnlyWhatItsNoteSays() throws Exception {
        showSideTab("notes-tab");
        writeNoteOnPassage("first thought");
        clickTheAnnotation();
        openArticle(1);
        clickOn(editor()).write("typed on B");

        openArticle(0);
        clickTheAnnotation();
        assertThat(editor().getText()).isEqualTo("first thought");
        clickOn(editor());
        press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        write(" again");
        assertThat(notesList().getItems()).singleElement()
                .satisfies(p -> assertThat(p.annotation().note()).isEqualTo("first thought again"));
        quitWithCtrlQ();
        assertThat(annotationsOnDisk()).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("first thought again"));
    }

    @Test
    void undoingOrDeletingTheAnnotationClearsAndDisablesTheEditor() {
        showSideTab("notes-tab");
        writeNoteOnPassage("gone soon");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(notesList().getItems()).singleElement()
                .satisfies(p -> assertThat(p.annotation().note()).isEmpty());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(notesList().getItems()).isEmpty();
        assertEditorDetached();

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        clickTheAnnotation();
        assertThat(editor().getText()).isEqualTo("gone soon");
        clickOn("#annotation-delete");
        assertThat(notesList().getItems()).isEmpty();
        assertEditorDetached();
    }

    @Test
    void textNotSavedYetIsShownAsPendingAndCtrlQSavesIt() throws Exception {
        showSideTab("notes-tab");
        pressNOnPassage();
        String typed = "";
        for (char c : "pending words".toCharArray()) {
            write(String.valueOf(c));
            typed += c;
            // the status bar is read before the file: "saved" must then already be true of the file
            String status = statusText();
            String onDisk = annotationsOnDisk().stream().map(Annotation::note).findFirst().orElse(null);
            assertThat(typed.equals(onDisk) || status.equals("Saving notes…"))
                    .as("after \"%s\" the status bar says \"%s\", the file has \"%s\"", typed, status, onDisk)
                    .isTrue();
        }
        quitWithCtrlQ();
        assertThat(annotationsOnDisk()).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("pending words"));
    }

    @Test
    void closingTheWindowWithTextNotSavedYetSavesItFirst() throws Exception {
        showSideTab("notes-tab");
        pressNOnPassage();
        write("closing now");
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isFalse();
        assertThat(annotationsOnDisk()).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("closing now"));
    }

    @Test
    void nThenEscLeavesNoAnnotationButEscAfterWritingKeepsTheNote() throws Exception {
        showSideTab("notes-tab");
        pressNOnPassage();
        assertThat(editor().isFocused()).isTrue();
        type(KeyCode.ESCAPE);
        assertThat(notesList().getItems()).isEmpty();
        assertEditorDetached();
        assertThat(article().isFocused()).as("Esc gives the keyboard back to the article").isTrue();

        pressNOnPassage();
        write("worth keeping");
        type(KeyCode.ESCAPE);
        assertThat(article().isFocused()).isTrue();
        quitWithCtrlQ();
        assertThat(annotationsOnDisk()).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("worth keeping"));
    }
}
