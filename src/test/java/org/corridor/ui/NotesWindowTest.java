package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.corridor.notes.NotesFile;
import org.corridor.notes.Placement;
import org.corridor.notes.Tag;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** Tagging and notes as a user meets them: tag a passage, write a note, restart, undo, redo, orphans. */
class NotesWindowTest extends CorridorUiTest {

    private static final String PASSAGE = "positive trajectory of bilateral relations";

    /** A copy of the seeds, so that a test can change an article's text. */
    @Override
    protected Path corpusDir() {
        return seedsCopy();
    }

    /** The headless screen is smaller than the default window: keep the side panel on screen. */
    @Override
    public void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
        fitOnScreen();
    }

    @Override
    protected void restart() {
        super.restart();
        fitOnScreen();
    }

    private StyleClassedTextArea article() {
        return lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Placement> list(String id) {
        return (ListView<Placement>) lookup(id).queryAs(ListView.class);
    }

    /** Selects the passage in the article and tags it with a new tag typed into the picker. */
    private void tagPassage(String tagName) throws Exception {
        interact(() -> {
            StyleClassedTextArea area = article();
            int at = area.getText().indexOf(PASSAGE);
            area.requestFocus();
            area.selectRange(at, at + PASSAGE.length());
        });
        type(KeyCode.T);
        javafx.stage.Window picker = lookup("#tag-picker-search").query().getScene().getWindow();
        javafx.geometry.Bounds passage = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> article()
                .getCharacterBoundsOnScreen(article().getSelection().getStart(), article().getSelection().getEnd())
                .orElseThrow()).get();
        // the picker opens next to the passage, below it or, without room there, above it
        assertThat(picker.getY() >= passage.getMaxY() || picker.getY() + picker.getHeight() <= passage.getMinY())
                .as("picker at y=%s, passage %s", picker.getY(), passage).isTrue();
        assertThat(picker.getX()).isLessThanOrEqualTo(passage.getMinX());
        targetWindow(picker);
        write(tagName);
        type(KeyCode.ENTER);
        targetWindow(stage);
    }

    private void showNotesTab() {
        showSideTab("notes-tab");
    }

    @Test
    void aTaggedPassageWithItsNoteIsThereAfterARestart() throws Exception {
        showNotesTab();
        tagPassage("Diplomacy");
        assertThat(list("#notes-list").getItems()).singleElement().satisfies(p -> {
            assertThat(p.annotation().anchor().exact()).isEqualTo(PASSAGE);
            assertThat(p.annotation().tagIds()).hasSize(1);
        });
        int inside = article().getText().indexOf(PASSAGE) + 3;
        assertThat(article().getStyleOfChar(inside)).contains("tag-passage");

        clickOn("#note-editor").write("Same formula as 2024");
        assertThat(list("#notes-list").getItems().get(0).annotation().note()).isEqualTo("Same formula as 2024");

        restart();
        showNotesTab();
        assertThat(list("#notes-list").getItems()).singleElement()
                .satisfies(p -> assertThat(p.annotation().note()).isEqualTo("Same formula as 2024"));
        // the article opened again shows its tagged passage highlighted, not only listed
        assertThat(article().getStyleOfChar(article().getText().indexOf(PASSAGE) + 3)).contains("tag-passage");
        clickOn(list("#notes-list").lookup(".list-cell"));
        assertThat(lookup("#note-editor").queryAs(TextArea.class).getText()).isEqualTo("Same formula as 2024");
        assertThat(article().getSelectedText()).isEqualTo(PASSAGE);
        assertThat(Files.readString(workspace.resolve(NotesFile.NAME))).contains("Same formula as 2024")
                .contains("\"name\" : \"Diplomacy\"");
    }

    @Test
    void ctrlZUndoesOneStepAtATimeAndCtrlShiftZRedoes() throws Exception {
        showNotesTab();
        tagPassage("Energy");
        clickOn("#note-editor").write("draft");
        clickOn(article());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(list("#notes-list").getItems()).singleElement()
                .satisfies(p -> assertThat(p.annotation().note()).isEmpty());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(list("#notes-list").getItems()).isEmpty();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(list("#notes-list").getItems()).singleElement()
                .satisfies(p -> assertThat(p.annotation().note()).isEqualTo("draft"));
    }

    @Test
    void aPassageEditedOutOfTheArticleIsListedAsAnOrphanWithItsNote() throws Exception {
        showNotesTab();
        tagPassage("Economy");
        clickOn("#note-editor").write("keep this");
        Path file = Path.of(window.libraryView().table().getItems().get(0).path());
        Files.writeString(file, Files.readString(file).replace(PASSAGE, "an entirely different wording here"));

        restart();
        showNotesTab();
        assertThat(list("#notes-list").getItems()).isEmpty();
        assertThat(list("#notes-orphans").getItems()).singleElement().satisfies(p -> {
            assertThat(p.orphan()).isTrue();
            assertThat(p.annotation().note()).isEqualTo("keep this");
        });
        assertThat(Files.readString(workspace.resolve(NotesFile.NAME))).contains("keep this");
    }

    @Test
    void escClosesTheAllNotesWindow() {
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        javafx.stage.Window allNotes = lookup("#all-notes-table").query().getScene().getWindow();
        clickOn("#all-notes-filter").write("passage");
        type(KeyCode.ESCAPE);
        assertThat(allNotes.isShowing()).isFalse();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void theStarterCodebookIsOfferedAndAccepted() {
        showSideTab("codebook-tab");
        clickOn("#codebook-starter");
        @SuppressWarnings("unchecked")
        TreeView<Tag> tree = lookup("#codebook-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(item -> item.getValue().name())
                .containsExactly("Connectivity", "Diplomacy", "Economy", "Energy", "Security");
        assertThat(lookup(".codebook-starter").query().isVisible()).isFalse();
    }
}
