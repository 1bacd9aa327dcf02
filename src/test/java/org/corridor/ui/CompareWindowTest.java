package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.corridor.compare.SharedPhrase;
import org.corridor.corpus.ArticleMeta;
import org.corridor.entities.user.Correction;
import org.corridor.ui.compare.ComparisonView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Comparing two seeds side by side, as a user does it: select two, Ctrl+D, click in the Compare tab. */
class CompareWindowTest extends CorridorUiTest {

    private static final String FORMULA = "all-weather strategic cooperative partnership";

    @SuppressWarnings("unchecked")
    private TableView<ArticleMeta> table() {
        return (TableView<ArticleMeta>) lookup("#library-table").queryAs(TableView.class);
    }

    private StyleClassedTextArea left() {
        return lookup("#compare-left-text").queryAs(StyleClassedTextArea.class);
    }

    private StyleClassedTextArea right() {
        return lookup("#compare-right-text").queryAs(StyleClassedTextArea.class);
    }

    private Node centre() {
        return lookup("#main-split").queryAs(SplitPane.class).getItems().get(1);
    }

    /** Selects seeds 000 (newest, first row) and 002 (third row) and presses Ctrl+D. */
    @BeforeEach
    void compare000With002() {
        clickOn(table());
        interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().selectIndices(0, 2);
        });
        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
    }

    @Test
    void showsBothArticlesSideBySideWithTheComparisonInTheSidePanel() {
        assertThat(centre()).isInstanceOf(ComparisonView.class);
        assertThat(left().getText()).startsWith("Pakistan and China have noted with satisfaction");
        assertThat(right().getText()).startsWith("Islamabad:Pakistan Prime Minister Imran Khan");
        assertThat(lookup("#compare-summary").queryAs(Label.class).getText()).contains("Similarity")
                .contains("The right-hand article is 3.6 years older");
        int at = left().getText().indexOf(FORMULA);
        assertThat(left().getStyleOfChar(at + 1)).contains("shared-phrase");
    }

    @Test
    void entityCountsSayWhichSideTheyCount() {
        TreeCell<?> pakistan = lookup("#compare-entities .tree-cell")
                .match((TreeCell<?> c) -> c.getText() != null && c.getText().startsWith("Pakistan "))
                .query();
        assertThat(pakistan.getText()).matches("Pakistan +\\d+ left · \\d+ right");
        javafx.scene.control.TreeView<?> tree = lookup("#compare-entities").queryAs(javafx.scene.control.TreeView.class);
        java.util.List<String> rows = new java.util.ArrayList<>();
        collect(tree.getRoot(), rows);
        assertThat(rows).anySatisfy(text -> assertThat(text).matches(".+ +\\d+ mentions?"))
                .noneSatisfy(text -> assertThat(text).matches(".+ \\d+ · \\d+"));
    }

    private static void collect(javafx.scene.control.TreeItem<?> item, java.util.List<String> rows) {
        rows.add(String.valueOf(item.getValue()));
        item.getChildren().forEach(child -> collect(child, rows));
    }

    @Test
    void thePhraseAndSentenceListsShareTheSpaceAndOpenOnTheirFirstRowWhole() {
        ListView<?> phrases = lookup("#compare-phrases").queryAs(ListView.class);
        ListView<?> pairs = lookup("#compare-pairs").queryAs(ListView.class);
        double panel = lookup(".comparison-panel").query().getLayoutBounds().getHeight();
        assertThat(phrases.getHeight()).as("phrase list of a %.0f px panel", panel).isGreaterThan(panel / 4);
        assertThat(pairs.getHeight()).as("sentence list of a %.0f px panel", panel).isGreaterThan(panel / 4);

        assertThat(phrases.getItems()).isNotEmpty();
        ListCell<?> first = lookup("#compare-phrases .list-cell").match((ListCell<?> c) -> c.getIndex() == 0
                && c.getItem() != null).query();
        javafx.geometry.Bounds inList = phrases.sceneToLocal(first.localToScene(first.getLayoutBounds()));
        assertThat(inList.getMinY()).as("top of the first phrase").isGreaterThanOrEqualTo(0);
        assertThat(inList.getMaxY()).as("bottom of the first phrase").isLessThanOrEqualTo(phrases.getHeight());
        for (javafx.scene.Node n : lookup("#compare-phrases .list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.getItem() != null && cell.getGraphic() != null) {
                assertThat(cell.getGraphic().getBoundsInParent().getMaxY()).as("phrase %d inside its row", cell.getIndex())
                        .isLessThanOrEqualTo(cell.getHeight() + 0.5);
            }
        }
    }

    @Test
    void clickingASharedEntityMarksAndSelectsItsMentionsInBothTexts() {
        TreeCell<?> pakistan = lookup("#compare-entities .tree-cell")
                .match((TreeCell<?> c) -> c.getText() != null && c.getText().startsWith("Pakistan "))
                .query();
        clickOn(pakistan);
        assertThat(left().getSelectedText()).isEqualTo("Pakistan");
        assertThat(right().getSelectedText()).isEqualTo("Pakistan");
        assertThat(left().getStyleOfChar(left().getSelection().getStart())).contains("compare-focus");
        int secondInRight = right().getText().indexOf("Pakistan", right().getSelection().getEnd());
        assertThat(right().getStyleOfChar(secondInRight)).contains("compare-focus");
    }

    @Test
    void clickingASharedPhraseScrollsBothTextsToIt() throws Exception {
        ListCell<?> formula = lookup("#compare-phrases .list-cell")
                .match((ListCell<?> c) -> c.getItem() instanceof SharedPhrase p && p.text().equals(FORMULA))
                .query();
        clickOn(formula);
        WaitForAsyncUtils.waitForFxEvents();
        for (StyleClassedTextArea area : new StyleClassedTextArea[] {left(), right()}) {
            assertThat(area.getSelectedText()).isEqualTo(FORMULA);
            int paragraph = area.offsetToPosition(area.getSelection().getStart(), Bias.Forward).getMajor();
            assertThat(paragraph).isBetween(area.firstVisibleParToAllParIndex(), area.lastVisibleParToAllParIndex());
        }
        assertThat(right().firstVisibleParToAllParIndex()).as("the right text scrolled down to the phrase")
                .isEqualTo(right().offsetToPosition(right().getSelection().getStart(), Bias.Forward).getMajor());
        assertThat(Screenshots.save(stage.getScene(), "compare")).isRegularFile();
    }

    /**
     * Compares seed 000 with 004 (fourth row) instead: 000 and 002 share the formula only in sentences too far
     * apart otherwise to count as aligned, while in 004 it stands in a sentence reporting the same meeting.
     */
    private void compare000With004() {
        clickOn("#compare-back");
        clickOn(table());
        interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().selectIndices(0, 3);
        });
        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
    }

    @Test
    void altDownWalksThroughTheAlignedSentencePairs() {
        compare000With004();
        clickOn(left());
        press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertThat(left().getSelectedText()).startsWith("Pakistan and China have noted").contains(FORMULA);
        assertThat(right().getSelectedText()).contains(FORMULA);
        assertThat(lookup("#compare-pairs").queryListView().getSelectionModel().getSelectedIndex()).isZero();
        type(KeyCode.F6);
        assertThat(right().isFocused()).isTrue();
    }

    @Test
    void followBringsTheRightTextToTheSentenceAlignedWithTheLeftOne() {
        compare000With004();
        clickOn("#compare-follow");
        interact(() -> {
            right().showParagraphAtTop(right().getParagraphs().size() - 1);
            left().showParagraphAtTop(3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> left().showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        int formula = right().getText().indexOf(FORMULA);
        assertThat(right().firstVisibleParToAllParIndex())
                .isEqualTo(right().offsetToPosition(formula, Bias.Forward).getMajor());
    }

    @Test
    void theFilterHidesFormulasOtherArticlesUseToo() {
        ListView<SharedPhrase> phrases = lookup("#compare-phrases").queryListView();
        assertThat(phrases.getItems()).extracting(SharedPhrase::text).contains(FORMULA);
        clickOn("#compare-hide-common");
        assertThat(phrases.getItems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.corpusFrequency()).isEqualTo(2))
                .extracting(SharedPhrase::text).doesNotContain(FORMULA);
    }

    @Test
    void theListsContextMenuComparesTheSelection() {
        clickOn("#compare-back");
        interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().selectIndices(1, 3);
        });
        MenuItem compare = table().getContextMenu().getItems().stream()
                .filter(i -> "Compare two articles".equals(i.getText())).findFirst().orElseThrow();
        interact(compare::fire);
        assertThat(left().getText()).startsWith("China’s recent announcement");
        assertThat(right().getText()).startsWith("BEIJING, AUG 21 (DNA)");
    }

    @Test
    void swapAndBackToReading() {
        clickOn("#compare-swap");
        assertThat(left().getText()).startsWith("Islamabad:Pakistan Prime Minister");
        assertThat(right().getText()).startsWith("Pakistan and China have noted");
        clickOn("#compare-back");
        assertThat(centre()).isSameAs(window.readerView());
        assertThat(lookup("#article-text").queryAs(StyleClassedTextArea.class).getText()).isNotEmpty();
    }

    @Test
    void aPassageOfTheRightTextIsTaggedWhileComparing() {
        String passage = "COVID-19 vaccine cooperation";
        interact(() -> {
            int at = right().getText().indexOf(passage);
            right().requestFocus();
            right().selectRange(at, at + passage.length());
        });
        type(KeyCode.T);
        targetWindow(lookup("#tag-picker-search").query().getScene().getWindow());
        write("Health");
        type(KeyCode.ENTER);
        targetWindow(stage);

        assertThat(window.notes().session().snapshot().annotations()).singleElement().satisfies(a -> {
            assertThat(a.articleId()).isEqualTo("002_7fe1a2b5e3bb247c");
            assertThat(a.anchor().exact()).isEqualTo(passage);
        });
        int at = right().getText().indexOf(passage);
        assertThat(right().getStyleOfChar(at + 1)).anyMatch(c -> c.startsWith("tag-color"));
    }

    @Test
    void aCorrectionMadeInTheReaderRedrawsBothComparedTexts() {
        int at = left().getText().indexOf("Sun Weidong") + 2;
        assertThat(left().getStyleOfChar(at)).anyMatch(style -> style.startsWith("mention"));

        interact(() -> window.entities().model().addCorrection(Correction.notEntity("Sun Weidong")));

        assertThat(left().getStyleOfChar(at)).noneMatch(style -> style.startsWith("mention"));
    }

    /** Both compared texts have the reader's hover tooltips and right-click corrections, so the legend says so. */
    @Test
    void bothComparedTextsShowTheLegendHintWholeEvenInASmallWindow() {
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> hints = lookup(".comparison-view .legend-hint").queryAllAs(Label.class).stream().toList();

        assertThat(hints).hasSize(2).allSatisfy(hint -> {
            for (Node n = hint; n != null; n = n.getParent()) {
                assertThat(n.isVisible()).as("the hint and all around it are shown").isTrue();
            }
            assertThat(hint.getText()).isEqualTo("Hover a mention for details; right-click to correct.");
            assertThat(((Text) hint.lookup(".text")).getText().replace("\n", " ")).as("the hint is not cut")
                    .isEqualTo(hint.getText());
            Bounds shown = hint.localToScene(hint.getBoundsInLocal());
            Bounds legend = hint.getParent().localToScene(hint.getParent().getBoundsInLocal());
            assertThat(shown.getMaxX()).as("within its legend").isLessThanOrEqualTo(legend.getMaxX());
        });
    }

    /** Side by side, a long headline stops after a few lines, so that both texts stay in view. */
    @Test
    void aLongHeadlineLeavesMostOfEachComparedPaneToItsText() {
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> headers = lookup(".comparison-view .article-header").queryAll().stream().toList();
        assertThat(headers).hasSize(2).allSatisfy(header -> {
            double pane = header.getParent().getLayoutBounds().getHeight();
            assertThat(header.getLayoutBounds().getHeight() / pane).as("the headline's share of its pane")
                    .isLessThan(0.3);
        });
    }
}
