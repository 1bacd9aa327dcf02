package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What the entity tooltips and correction dialogs say: names and kinds in words, never internal ids or values. */
class EntityWordingWindowTest extends CorridorUiTest {

    @AfterEach
    void closeDialogs() {
        interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private StyleClassedTextArea area() {
        return lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    @Test
    void theTooltipOfAMentionNamesTheEntityAndItsKindInWords() throws Exception {
        moveTo(pointInside("Sun Weidong"));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#mention-tooltip").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));

        String tooltip = lookup("#mention-tooltip").queryAs(Label.class).getText();
        assertThat(tooltip).startsWith("Sun Weidong\nPerson · Actor").doesNotContain("person:");
    }

    @Test
    void theMarkDialogNamesTheCategoryInWords() {
        interact(() -> {
            int at = area().getText().indexOf("clean energy");
            area().requestFocus();
            area().selectRange(at, at + "clean energy".length());
        });
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);

        assertThat(lookup("#mark-category .label").queryLabeled().getText()).isEqualTo("Actor");
    }

    @Test
    void theEmptyCorrectionsListSaysSoAndWhatToDo() {
        MenuItem item = lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "Recogniser corrections…".equals(i.getText()))
                .findFirst().orElseThrow();
        // the dialog waits for the user; fired later, so that this test is not waiting with it
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#corrections-table .placeholder .label").queryLabeled().getText())
                .startsWith("No corrections yet").contains("Ctrl+E");
    }

    private Point2D pointInside(String phrase) {
        int at = area().getText().indexOf(phrase);
        interact(() -> area().showParagraphAtTop(area().offsetToPosition(at, Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        interact(() -> bounds.set(area().getCharacterBoundsOnScreen(at + 1, at + 3).orElseThrow()));
        Bounds b = bounds.get();
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }
}
