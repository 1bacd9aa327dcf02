package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Right-click on a highlighted mention: the correction menu opens where the mouse is and speaks of that mention,
 * wherever the caret was, in the reader and in both texts of a comparison.
 */
class MentionMenuWindowTest extends CorridorUiTest {

    @AfterEach
    void closeMenus() {
        interact(() -> List.copyOf(Window.getWindows()).stream().filter(ContextMenu.class::isInstance)
                .forEach(Window::hide));
    }

    private StyleClassedTextArea byId(String id) {
        return lookup(id).queryAs(StyleClassedTextArea.class);
    }

    @Test
    void rightClickOnAMentionInTheReaderOffersItsCorrectionsAtTheMouse() {
        StyleClassedTextArea reader = byId("#article-text");
        interact(() -> reader.moveTo(0));
        Point2D at = pointInside(reader, "Sun Weidong");

        rightClick(reader, at);

        ContextMenu menu = shownMenu();
        assertThat(menu.getAnchorX()).isCloseTo(at.getX(), org.assertj.core.data.Offset.offset(12.0));
        assertThat(menu.getAnchorY()).isCloseTo(at.getY(), org.assertj.core.data.Offset.offset(12.0));
        assertThat(itemTexts(menu)).contains("Not an entity: “Sun Weidong”", "Add “Sun Weidong” as alias of…");

        clickOn(menuLabel("Not an entity: “Sun Weidong”"));
        int sun = reader.getText().indexOf("Sun Weidong");
        assertThat(reader.getStyleOfChar(sun + 1)).noneMatch(style -> style.startsWith("mention"));
    }

    @Test
    void rightClickOnAMentionInEitherComparedTextOffersThatMention() {
        compare000With002();
        StyleClassedTextArea left = byId("#compare-left-text");
        StyleClassedTextArea right = byId("#compare-right-text");

        rightClick(right, pointInside(right, "Imran Khan"));
        assertThat(itemTexts(shownMenu())).contains("Not an entity: “Imran Khan”");
        type(KeyCode.ESCAPE);

        rightClick(left, pointInside(left, "Sun Weidong"));
        assertThat(itemTexts(shownMenu())).contains("Not an entity: “Sun Weidong”")
                .noneMatch(text -> text.contains("Imran Khan"));
    }

    @Test
    void taggingFromTheMenuIsOfferedOnlyWhenTextIsSelected() {
        StyleClassedTextArea reader = byId("#article-text");
        interact(() -> reader.moveTo(0));

        rightClick(reader, pointInside(reader, "Sun Weidong"));
        assertThat(item(shownMenu(), "Tag selection… (T)").isDisable()).as("nothing selected").isTrue();
        assertThat(item(shownMenu(), "Note on selection (N)").isDisable()).isTrue();
        type(KeyCode.ESCAPE);

        int sun = reader.getText().indexOf("Sun Weidong");
        interact(() -> reader.selectRange(sun, sun + "Sun Weidong".length()));
        rightClick(reader, pointInside(reader, "Sun Weidong"));
        assertThat(item(shownMenu(), "Tag selection… (T)").isDisable()).as("a passage selected").isFalse();
    }

    private static MenuItem item(ContextMenu menu, String text) {
        return menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    /** Seeds 000 (first row) and 002 (third row) side by side, as Ctrl+D does. */
    @SuppressWarnings("unchecked")
    private void compare000With002() {
        TableView<?> table = lookup("#library-table").queryAs(TableView.class);
        clickOn(table);
        interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 2);
        });
        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
    }

    /**
     * A right-click at a point of the text. Monocle turns the secondary button into no context-menu request, so the
     * request every desktop platform sends for it, at the mouse, is sent here after the click.
     */
    private void rightClick(StyleClassedTextArea area, Point2D screen) {
        rightClickOn(screen);
        interact(() -> {
            // the event is made with scene coordinates, as a platform's is; delivery turns them into local ones
            Point2D scene = area.localToScene(area.screenToLocal(screen));
            Event.fireEvent(area, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screen.getX(), screen.getY(), false, new PickResult(area, scene.getX(), scene.getY())));
        });
    }

    private static ContextMenu shownMenu() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no menu is shown"));
    }

    private static List<String> itemTexts(ContextMenu menu) {
        return menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
    }

    private Node menuLabel(String text) {
        return lookup(".context-menu .label").match((Labeled l) -> text.equals(l.getText())).query();
    }

    /** The middle of the phrase's first characters on screen, scrolled into view first. */
    private Point2D pointInside(StyleClassedTextArea area, String phrase) {
        int at = area.getText().indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        interact(() -> area.showParagraphAtTop(area.offsetToPosition(at, Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        interact(() -> bounds.set(area.getCharacterBoundsOnScreen(at + 1, at + 3).orElseThrow()));
        Bounds b = bounds.get();
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }
}
