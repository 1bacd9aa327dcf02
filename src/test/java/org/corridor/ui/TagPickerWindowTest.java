package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** The tag picker (T on a selected passage) creating a tag the user types, by every way the user may choose it. */
class TagPickerWindowTest extends CorridorUiTest {

    private static final String PASSAGE = "positive trajectory of bilateral relations";

    /** Selects the passage in the open article, presses T and aims the robot at the picker. */
    private void openPicker() {
        interact(() -> {
            StyleClassedTextArea area = lookup("#article-text").queryAs(StyleClassedTextArea.class);
            int at = area.getText().indexOf(PASSAGE);
            area.requestFocus();
            area.selectRange(at, at + PASSAGE.length());
        });
        type(KeyCode.T);
        targetWindow(pickerWindow());
    }

    private Window pickerWindow() {
        return lookup("#tag-picker-search").query().getScene().getWindow();
    }

    private void acceptStarterCodebook() {
        showSideTab("codebook-tab");
        clickOn("#codebook-starter");
    }

    /** The names of the tags on the one annotation of the workspace. */
    private List<String> tagsOfTheOnlyAnnotation() {
        NotesSnapshot notes = window.notes().session().snapshot();
        assertThat(notes.annotations()).singleElement()
                .satisfies(a -> assertThat(a.anchor().exact()).isEqualTo(PASSAGE));
        Annotation annotation = notes.annotations().get(0);
        Codebook codebook = notes.codebook();
        return annotation.tagIds().stream().map(id -> codebook.find(id).orElseThrow().name()).toList();
    }

    @Test
    void applyWithANewNameCreatesTheTagAndTagsThePassage() {
        openPicker();
        write("Trade routes");
        clickOn("#tag-picker-apply");

        assertThat(tagsOfTheOnlyAnnotation()).containsExactly("Trade routes");
        assertThat(pickerShowing()).isFalse();
    }

    @Test
    void aNameThatOnlyPartlyMatchesATagIsOfferedAsANewTagAndAClickCreatesIt() {
        acceptStarterCodebook();
        openPicker();
        write("Eco");

        ListView<?> list = lookup("#tag-picker-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the existing tag stays the first choice")
                .isZero();
        clickOn("#tag-picker-create");

        assertThat(tagsOfTheOnlyAnnotation()).containsExactly("Eco");
        assertThat(window.notes().session().snapshot().codebook().tags()).extracting(t -> t.name())
                .contains("Economy", "Eco");
        assertThat(pickerShowing()).isFalse();
    }

    @Test
    void enterOnTheCreateRowCreatesTheTag() {
        acceptStarterCodebook();
        openPicker();
        write("Eco");
        assertThat(lookup("#tag-picker-create").queryLabeled().getText()).isEqualTo("Create “Eco”");
        // the offer is the last row, after every tag whose path contains the text
        int rows = lookup("#tag-picker-list").queryAs(ListView.class).getItems().size();
        for (int i = 0; i < rows; i++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);

        assertThat(tagsOfTheOnlyAnnotation()).containsExactly("Eco");
    }

    @Test
    void applyOnAnExistingTagTakesItWithoutCreatingAnother() {
        acceptStarterCodebook();
        openPicker();
        write("economy");
        assertThat(lookup("#tag-picker-create").tryQuery()).as("no offer to create a name that exists").isEmpty();
        clickOn("#tag-picker-apply");

        assertThat(tagsOfTheOnlyAnnotation()).containsExactly("Economy");
        assertThat(window.notes().session().snapshot().codebook().tags()).extracting(t -> t.name())
                .containsOnlyOnce("Economy");
    }

    private boolean pickerShowing() {
        return lookup("#tag-picker-search").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }
}
