package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.corridor.entities.user.Correction;
import org.corridor.notes.TaggedSeeds;
import org.corridor.search.SearchHit;
import org.corridor.ui.search.FacetChoice;
import org.junit.jupiter.api.Test;

/** The entity and tag filters beside Sources: their values with counts over the results, and ticking one. */
class SearchFacetWindowTest extends CorridorUiTest {

    @Override
    protected void beforeOpen() throws Exception {
        TaggedSeeds.tag(workspace, "002_7fe1a2b5e3bb247c", "Power projects", "Pakistan");
    }

    @Test
    void theTagMenuListsTheCodebookWithCountsAndAParentTagFindsItsChildren() {
        clickOn("#search-field").write("pakistan");
        type(KeyCode.ENTER);
        MenuButton tags = lookup("#search-tags").queryAs(MenuButton.class);
        assertThat(tags.getItems()).extracting(MenuItem::getText).contains("Energy  (1)", "Energy/Power projects  (1)",
                "Connectivity  (0)");

        clickOn(tags);
        clickOn("Energy  (1)");

        assertThat(searchResults().getItems()).extracting(SearchHit::id).containsExactly("002_7fe1a2b5e3bb247c");
    }

    @Test
    void tickingAnEntityNarrowsTheResultsToTheArticlesMentioningIt() {
        clickOn("#search-field").write("pakistan");
        type(KeyCode.ENTER);
        assertThat(searchResults().getItems()).hasSize(5);
        assertThat(window.search().model().entities().counts())
                .contains(new FacetChoice.Count("person:sun-weidong", "Sun Weidong", "Actors", 2));

        MenuButton entities = lookup("#search-entities").queryAs(MenuButton.class);
        assertThat(entities.getItems()).extracting(MenuItem::getText).contains("Actors", "Initiatives",
                "Sun Weidong  (2)", "five corridors of CPEC 2.0  (1)");
        clickOn(entities);
        clickOn("Sun Weidong  (2)");

        assertThat(searchResults().getItems()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder("000_1b5463ecf60b4d06", "001_873c68e08173f6cd");
        assertThat(entities.getText()).isEqualTo("Sun Weidong");
        assertThat(lookup("#search-summary").queryLabeled().getText()).isEqualTo("2 matching articles");
        // the source counts follow the entity filter
        assertThat(window.search().model().sources().counts()).extracting(c -> c.value() + "=" + c.count())
                .containsExactly("APP=1");
    }

    @Test
    void aCorrectionInTheReaderReachesTheEntityFilter() {
        clickOn("#search-field").write("pakistan");
        type(KeyCode.ENTER);
        assertThat(window.search().model().entities().counts()).extracting(FacetChoice.Count::value)
                .contains("person:sun-weidong");

        interact(() -> window.entities().model().addCorrection(Correction.notEntity("Sun Weidong")));
        clickOn("#search-field");
        type(KeyCode.ENTER);

        assertThat(window.search().model().entities().counts()).extracting(FacetChoice.Count::value)
                .doesNotContain("person:sun-weidong").contains("country:pk");
    }
}
