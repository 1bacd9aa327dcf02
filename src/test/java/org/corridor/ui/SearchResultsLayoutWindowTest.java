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

    @Test
    void theListIsFilledWithResultsAsSoonAsTheyArrive() {
        interact(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        clickOn("#search-field").write("\"economic corridor\"");
        type(KeyCode.ENTER);
        assertThat(searchResults().getItems()).hasSize(5);

        Node list = lookup("#search-results").query();
        Bounds view = list.localToScene(list.getLayoutBounds());
        List<ListCell<?>> rows = lookup("#search-results .list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getItem() != null && c.isVisible()).toList();
        double used = rows.stream().mapToDouble(r -> r.localToScene(r.getLayoutBounds()).getHeight()).sum();
        // either every result is laid out, or the rows laid out fill the list: no blank space while results wait
        assertThat(rows.size() == 5 || used >= view.getHeight() - 1)
                .as("%d rows laid out, %.0f px of a %.0f px list", rows.size(), used, view.getHeight()).isTrue();
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
