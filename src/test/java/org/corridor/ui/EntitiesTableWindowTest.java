package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import org.corridor.ui.entities.EntitySummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Entities tab's table reads whole: names and headers are never cut short, and columns stay put between articles. */
class EntitiesTableWindowTest extends CorridorUiTest {

    @BeforeEach
    void showEntitiesTab() {
        showSideTab("entities-tab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<EntitySummary> tree() {
        return lookup("#entities-tree").queryAs(TreeTableView.class);
    }

    private List<Double> columnWidths() {
        return tree().getColumns().stream().map(TreeTableColumn::getWidth).toList();
    }

    private void openRow(int row) {
        interact(() -> lookup("#library-table").queryAs(TableView.class).getSelectionModel().clearAndSelect(row));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the table shows on screen (a cut-short text ends in "…" or "..."), headers and cells alike. */
    private List<String> shownTexts(String within) {
        return lookup("#entities-tree " + within).queryAll().stream()
                .flatMap(part -> from(part).lookup((Node n) -> n instanceof Text && n.isVisible()).queryAll().stream())
                .map(n -> ((Text) n).getText()).filter(t -> t != null && !t.isBlank()).toList();
    }

    private static boolean cutShort(String shown) {
        return shown.endsWith("…") || shown.endsWith("...");
    }

    @Test
    void namesAndHeadersAreShownWhole() {
        assertThat(shownTexts(".column-header")).contains("Entity", "Mentions")
                .noneMatch(EntitiesTableWindowTest::cutShort);
        assertThat(shownTexts(".tree-table-cell")).contains("Associated Press of Pakistan", "organisation")
                .noneMatch(EntitiesTableWindowTest::cutShort);
    }

    @Test
    void columnWidthsStayWhenAnotherArticleOpens() {
        List<Double> first = columnWidths();
        for (int row = 1; row < 5; row++) {
            openRow(row);
            assertThat(columnWidths()).as("row %d", row).isEqualTo(first);
        }
    }
}
