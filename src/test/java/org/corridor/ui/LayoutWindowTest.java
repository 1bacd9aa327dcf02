package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import org.corridor.settings.AppDirs;
import org.corridor.settings.Settings;
import org.corridor.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The layout stays where the user left it, and nothing in it clips, down to a 1024×700 window. */
class LayoutWindowTest extends CorridorUiTest {

    private static final List<Double> SAVED = List.of(0.28, 0.74);

    private SettingsStore store() {
        return new SettingsStore(new AppDirs(home.resolve("config"), home.resolve("data")).settingsFile());
    }

    @Override
    protected void beforeOpen() throws Exception {
        Settings saved = new Settings();
        saved.windowX = 0.0;
        saved.windowY = 0.0;
        saved.windowWidth = 1400;
        saved.windowHeight = 860;
        saved.dividers = new ArrayList<>(SAVED);
        store().save(saved);
    }

    private double[] dividers() {
        return lookup("#main-split").queryAs(SplitPane.class).getDividerPositions();
    }

    @Test
    void theDividersComeBackExactlyWhereTheyWereSavedStartAfterStart() {
        for (int cycle = 1; cycle <= 4; cycle++) {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(dividers()).as("dividers shown in start %d", cycle).containsExactly(
                    new double[] {SAVED.get(0), SAVED.get(1)}, within(1e-9));
            restart();
            assertThat(store().load().dividers).as("dividers saved after start %d", cycle)
                    .containsExactlyElementsOf(SAVED);
        }
    }

    @Test
    void atTheSmallestUsualWindowNoTabOrButtonIsCut() {
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds side = lookup("#side-panel").query().localToScene(lookup("#side-panel").query().getBoundsInLocal());
        for (Node tab : lookup(".side-panel .tab-header-area .tab").queryAll()) {
            Bounds b = tab.localToScene(tab.getBoundsInLocal());
            assertThat(b.getMaxX()).as("a side-panel tab is scrolled out of sight").isLessThanOrEqualTo(side.getMaxX());
        }
        List<String> cut = new ArrayList<>();
        TabPane sidePanel = lookup("#side-panel").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(sidePanel.getTabs())) {
            interact(() -> sidePanel.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            for (String part : List.of(".tab-label", ".button", ".toggle-button", ".menu-button", ".check-box",
                    ".placeholder .label")) {
                for (Node node : lookup(".main-window " + part).queryAll()) {
                    if (node instanceof Labeled labeled && shown(node) && isCut(labeled)) {
                        cut.add(labeled.getText() + " shown as " + shownText(labeled) + " (" + tab.getText() + " tab)");
                    }
                }
            }
        }
        assertThat(cut).as("labels cut at 1024×700").isEmpty();
        TableView<?> list = lookup("#library-table").queryAs(TableView.class);
        assertThat(list.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getWidth).sum())
                .as("every column shown in the list is in view").isLessThanOrEqualTo(list.getWidth());
        assertThat(list.getColumns().get(0).getWidth()).as("room for a long word in a title")
                .isGreaterThanOrEqualTo(100);
    }

    @Test
    void atTheSmallestUsualWindowAHeadlineLeavesMostOfTheReaderToTheArticle() {
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node header = lookup(".article-header").query();
        double share = header.getLayoutBounds().getHeight() / window.readerView().getLayoutBounds().getHeight();
        assertThat(share).as("the share of the reader's height taken by the headline and byline").isLessThan(0.35);
        assertThat(window.readerView().getWidth()).as("the article's width beside the list and the notes")
                .isGreaterThanOrEqualTo(335);
    }

    /** Visible on screen: it and all its parents are visible, and it lies within the window. */
    private boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return insideWindow(node);
    }

    private boolean insideWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMaxX() <= stage.getScene().getWidth() + 0.5 && b.getMinX() >= -0.5;
    }

    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_", "") : text;
        return !expected.equals(shownText(labeled));
    }

    private static String shownText(Labeled labeled) {
        Node text = labeled.lookup(".text");
        return text instanceof Text t ? t.getText() : null;
    }
}
