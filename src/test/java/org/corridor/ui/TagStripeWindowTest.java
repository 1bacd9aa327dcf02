package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A tagged passage's margin stripe runs beside the passage's own lines, not the whole paragraph. */
class TagStripeWindowTest extends CorridorUiTest {

    /** The end of seed 000's first paragraph, which wraps over several lines. */
    private static final String PASSAGE = "China Pakistan Economic Corridor 2.0";

    private StyleClassedTextArea article() {
        return lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    @Test
    void theStripeSpansOnlyTheTaggedLines() throws Exception {
        interact(() -> lookup("#library-table").queryAs(TableView.class).getSelectionModel().select(0));
        interact(() -> {
            StyleClassedTextArea area = article();
            int at = area.getText().indexOf(PASSAGE);
            area.requestFocus();
            area.selectRange(at, at + PASSAGE.length());
        });
        Bounds passage = WaitForAsyncUtils.asyncFx(() -> article().getCharacterBoundsOnScreen(
                article().getSelection().getStart(), article().getSelection().getEnd()).orElseThrow()).get();
        int paragraph = article().getCurrentParagraph();
        assertThat(article().getParagraphLinesCount(paragraph)).as("the paragraph wraps").isGreaterThanOrEqualTo(3);
        type(KeyCode.T);
        targetWindow(lookup("#tag-picker-search").query().getScene().getWindow());
        write("Economy");
        type(KeyCode.ENTER);
        targetWindow(stage);
        WaitForAsyncUtils.waitForFxEvents();

        Node stripe = lookup(".tag-stripe").query();
        Node column = stripe.getParent();
        Bounds onScreen = stripe.localToScreen(stripe.getLayoutBounds());
        assertThat(stripe.getLayoutBounds().getHeight()).as("stripe against its paragraph's %s px",
                column.getLayoutBounds().getHeight()).isLessThan(column.getLayoutBounds().getHeight() / 2);
        assertThat(onScreen.getMinY()).as("stripe top against the passage %s", passage)
                .isBetween(passage.getMinY() - 3, passage.getMaxY());
        assertThat(onScreen.getMaxY()).as("stripe bottom against the passage %s", passage)
                .isBetween(passage.getMinY(), passage.getMaxY() + 3);
    }
}
