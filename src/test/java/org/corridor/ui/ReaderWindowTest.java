package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.corridor.corpus.ArticleMeta;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** The foundation as a user meets it: the window opens on the seeds, lists them, shows one, filters, zooms. */
class ReaderWindowTest extends CorridorUiTest {

    @SuppressWarnings("unchecked")
    private TableView<ArticleMeta> table() {
        return (TableView<ArticleMeta>) lookup("#library-table").queryAs(TableView.class);
    }

    @Test
    void listsTheFiveSeedsNewestFirst() {
        assertThat(stage.getTitle()).startsWith("Corridor");
        assertThat(table().getItems()).hasSize(5);
        assertThat(table().getItems().get(0).date()).isEqualTo(LocalDate.of(2025, 1, 12));
        assertThat(table().getItems().get(4).date()).isNull();
        assertThat(table().getItems()).extracting(ArticleMeta::date).containsSubsequence(
                LocalDate.of(2025, 1, 12), LocalDate.of(2024, 1, 26), LocalDate.of(2021, 5, 20),
                LocalDate.of(2020, 8, 21));
    }

    @Test
    void clickingAnArticleShowsItsText() {
        clickOn("Pakistan Prime Minister Imran Khan and Chinese Premier Li Keqiang held telephonic talks on Thursday and…");
        StyleClassedTextArea text = lookup("#article-text").queryAs(StyleClassedTextArea.class);
        assertThat(text.getText()).startsWith("Islamabad:Pakistan Prime Minister Imran Khan");
        assertThat(text.getText()).doesNotContain("Facebook Twitter");
        assertThat(lookup("#article-title").queryAs(Label.class).getText()).contains("Imran Khan");
        assertThat(lookup("#details-source").queryAs(Label.class).getText()).isEqualTo("PTI");
    }

    @Test
    void keyboardMovesThroughTheList() {
        clickOn(table());
        type(KeyCode.HOME);
        type(KeyCode.DOWN);
        StyleClassedTextArea text = lookup("#article-text").queryAs(StyleClassedTextArea.class);
        assertThat(text.getText()).startsWith("China’s recent announcement");
    }

    @Test
    void filterNarrowsTheList() {
        clickOn("#library-filter").write("dna");
        assertThat(table().getItems()).singleElement().extracting(ArticleMeta::source).isEqualTo("DNA");
        clickOn("#library-filter").eraseText(3).write("pakistan");
        assertThat(table().getItems()).hasSize(3);
    }

    @Test
    void clickingAHeaderSortsTheListAndTheFilterKeepsThatOrder() {
        clickOn("Words");
        assertThat(table().getItems()).extracting(ArticleMeta::words).isSorted();
        clickOn("Words");
        assertThat(table().getItems()).extracting(ArticleMeta::words)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        clickOn("#library-filter").write("pakistan");
        assertThat(table().getItems()).hasSize(3).extracting(ArticleMeta::words)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        clickOn("#library-filter").eraseText(8);
        assertThat(table().getItems()).hasSize(5).extracting(ArticleMeta::words)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void ctrlEqualsEnlargesTheTextAndIsRemembered() {
        double before = fontSize();
        press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(fontSize()).isEqualTo(before + 2);
        restart();
        assertThat(fontSize()).isEqualTo(before + 2);
    }

    @Test
    void theArticleLastOpenIsOpenAgainAfterARestart() {
        clickOn("Pakistan Prime Minister Imran Khan and Chinese Premier Li Keqiang held telephonic talks on Thursday and…");
        restart();
        StyleClassedTextArea text = lookup("#article-text").queryAs(StyleClassedTextArea.class);
        assertThat(text.getText()).startsWith("Islamabad:Pakistan Prime Minister Imran Khan");
        assertThat(table().getSelectionModel().getSelectedItem().title()).contains("Imran Khan");
    }

    @Test
    void aRangeRevealedAtTheEndOfALongArticleIsInsideTheVisiblePartOfTheReader() throws Exception {
        interact(() -> stage.setHeight(700));
        ArticleMeta longest = table().getItems().stream().max(java.util.Comparator.comparingInt(ArticleMeta::words))
                .orElseThrow();
        interact(() -> table().getSelectionModel().select(longest));
        StyleClassedTextArea text = lookup("#article-text").queryAs(StyleClassedTextArea.class);
        int end = text.getLength();
        interact(() -> window.readerView().showRange(window.readerView().bodyStart() + end - 12,
                window.readerView().bodyStart() + end));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        javafx.geometry.Bounds range = org.testfx.util.WaitForAsyncUtils.asyncFx(() ->
                text.getCharacterBoundsOnScreen(end - 12, end).orElseThrow()).get();
        javafx.scene.Node pane = window.readerView().getParent();
        javafx.geometry.Bounds visible = pane.localToScreen(pane.getLayoutBounds());
        javafx.scene.Node flow = text.lookup(".virtual-flow");
        javafx.geometry.Bounds viewport = flow.localToScreen(flow.getLayoutBounds());
        assertThat(viewport.getMaxY()).as("the text's viewport reaches the reader's bottom edge (no band hides text)")
                .isCloseTo(visible.getMaxY(), within(1.0));
        javafx.scene.Node status = lookup(".status-bar").query();
        double statusTop = status.localToScreen(status.getLayoutBounds()).getMinY();
        // character boxes include the line's leading: a pixel or two below the glyphs is still on screen
        assertThat(range.getMaxY()).as("the revealed range's bottom").isLessThanOrEqualTo(viewport.getMaxY() + 2)
                .isLessThanOrEqualTo(statusTop + 2);
        assertThat(range.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY());
    }

    @Test
    void theHeaderOfAnUntitledArticleShowsItsWholeFirstSentence() {
        clickOn("Pakistan Prime Minister Imran Khan and Chinese Premier Li Keqiang held telephonic talks on Thursday and…");
        assertThat(lookup("#article-title").queryAs(Label.class).getText()).isEqualTo("Pakistan Prime Minister "
                + "Imran Khan and Chinese Premier Li Keqiang held telephonic talks on Thursday and reaffirmed their "
                + "resolve to further diversify and deepen strategic cooperation between the all-weather allies");
    }

    @Test
    void everyDateIsWrittenOneWayTheLocalesMediumFormat() {
        clickOn("Pakistan Prime Minister Imran Khan and Chinese Premier Li Keqiang held telephonic talks on Thursday and…");
        String may20 = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(LocalDate.of(2021, 5, 20));
        assertThat(lookup(".article-byline").queryAs(Label.class).getText()).startsWith(may20 + "  ·");
        assertThat(lookup("#details-date").queryAs(Label.class).getText()).isEqualTo(may20);
        assertThat(lookup("#library-table .table-cell").queryAllAs(TableCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo(may20));
    }

    private double fontSize() {
        String style = window.readerView().getStyle();
        return Double.parseDouble(style.replaceAll(".*-fx-font-size:\\s*([0-9.]+)px.*", "$1"));
    }
}
