package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** Each search result keeps its whole snippet inside its own row: no last line cut, no overlap with the next title. */
class SearchResultsLayoutWindowTest extends CorridorUiTest {

    @Test
    void everySnippetLineStaysInsideItsRow() {
        clickOn("#search-field").write("pakistan china");
        type(KeyCode.ENTER);
        assertThat(searchResults().getItems()).hasSizeGreaterThanOrEqualTo(3);

        List<ListCell<?>> rows = lookup("#search-results .list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getItem() != null && c.isVisible()).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        for (ListCell<?> row : rows) {
            TextFlow snippet = lookup(".search-hit-snippet").match(n -> isInside(n, row)).queryAs(TextFlow.class);
            Bounds inRow = row.sceneToLocal(snippet.localToScene(snippet.getLayoutBounds()));
            assertThat(snippet.getHeight()).as("snippet of row %d shows all its lines", row.getIndex())
                    .isGreaterThanOrEqualTo(snippet.prefHeight(snippet.getWidth()) - 0.5);
            assertThat(inRow.getMaxY()).as("snippet of row %d ends inside the row", row.getIndex())
                    .isLessThanOrEqualTo(row.getHeight() + 0.5);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
