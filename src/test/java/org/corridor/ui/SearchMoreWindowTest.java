package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.corridor.search.SearchHit;
import org.junit.jupiter.api.Test;

/** More matches than a page: the list says so, and "Show more" lists the next ones below, keeping the first. */
class SearchMoreWindowTest extends CorridorUiTest {

    private static final int ARTICLES = 130;

    @Override
    protected Path corpusDir() {
        return home.resolve("many");
    }

    @Override
    protected void beforeOpen() throws Exception {
        Path dir = Files.createDirectories(corpusDir());
        for (int i = 0; i < ARTICLES; i++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
            Files.writeString(dir.resolve(String.format("a%03d.txt", i)), " date " + day + " Gwadar report number "
                    + i + "\n\nWork at Gwadar port continued on day " + i + " of the year, officials said.");
        }
    }

    @Test
    void showMoreListsTheNextPageBelowTheFirst() {
        clickOn("#search-field").write("gwadar");
        type(KeyCode.ENTER);
        assertThat(searchResults().getItems()).hasSize(100);
        assertThat(lookup("#search-summary").queryLabeled().getText()).isEqualTo("Best 100 of 130 matching articles");
        SearchHit first = searchResults().getItems().get(0);
        Button more = lookup("#search-more").queryAs(Button.class);
        assertThat(more.isVisible()).isTrue();

        clickOn(more);

        assertThat(searchResults().getItems()).hasSize(ARTICLES).first().isEqualTo(first);
        assertThat(lookup("#search-summary").queryLabeled().getText()).isEqualTo("130 matching articles");
        assertThat(more.isVisible()).isFalse();
        // a new query starts again from one page
        doubleClickOn("#search-field").write("gwadar port");
        type(KeyCode.ENTER);
        assertThat(searchResults().getItems()).hasSize(100);
    }
}
