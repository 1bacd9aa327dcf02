package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import org.corridor.entities.Mention;
import org.corridor.ui.entities.EntitySummary;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The annotated article as a user meets it, on seed 000 (the newest seed, shown first). */
class EntitiesWindowTest extends CorridorUiTest {

    private StyleClassedTextArea area() {
        return lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    private Collection<String> stylesAt(String phrase) {
        int at = area().getText().indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        return area().getStyleOfChar(at + 1);
    }

    @Test
    void seed000IsHighlightedByCategory() {
        assertThat(area().getText()).contains("Vice Foreign Minister Sun Weidong");
        assertThat(stylesAt("Sun Weidong")).contains("mention", "mention-actor-person");
        assertThat(stylesAt("CPEC 2.0")).contains("mention-initiative");
        assertThat(stylesAt("Beijing")).contains("mention-place");
        assertThat(stylesAt("Saturday")).contains("mention-date");
        assertThat(stylesAt("Foreign Office")).contains("mention-actor-org");
        assertThat(stylesAt("clean energy")).doesNotContain("mention");
        assertThat(lookup("#legend-person").queryAs(ToggleButton.class).getText()).matches("Persons\\s+[1-9]\\d*");
    }

    @Test
    void theLegendToggleHidesACategory() {
        clickOn("#legend-person");
        assertThat(stylesAt("Sun Weidong")).doesNotContain("mention-actor-person");
        assertThat(stylesAt("CPEC 2.0")).contains("mention-initiative");
        assertThat(lookup("#legend-person").queryAs(ToggleButton.class).isSelected()).isFalse();
        clickOn("#legend-person");
        assertThat(stylesAt("Sun Weidong")).contains("mention-actor-person");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAMentionSelectsItsEntityAndTheMentionListScrollsBackToIt() {
        clickOn(pointInside("Sun Weidong"));
        TabPane side = lookup("#side-panel").queryAs(TabPane.class);
        assertThat(side.getSelectionModel().getSelectedItem().getId()).isEqualTo("entities-tab");
        TreeTableView<EntitySummary> tree = lookup("#entities-tree").queryAs(TreeTableView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("Sun Weidong");

        ListView<Mention> mentions = lookup("#entity-mentions").queryAs(ListView.class);
        assertThat(mentions.getItems()).singleElement().extracting(Mention::text).isEqualTo("Sun Weidong");
        interact(() -> area().moveTo(0));
        clickOn(mentions.lookup(".list-cell"));
        assertThat(area().getSelectedText()).isEqualTo("Sun Weidong");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAMentionWhileCodingInTheNotesTabStaysThere() {
        showSideTab("notes-tab");
        clickOn(pointInside("Sun Weidong"));
        TabPane side = lookup("#side-panel").queryAs(TabPane.class);
        assertThat(side.getSelectionModel().getSelectedItem().getId()).isEqualTo("notes-tab");
        TreeTableView<EntitySummary> tree = lookup("#entities-tree").queryAs(TreeTableView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("Sun Weidong");
    }

    @Test
    void theGroupsShowWhichMembersTheArticleMentions() {
        clickOn(pointInside("Sun Weidong"));
        Label exports = lookup("#group-member-initiative-5es-exports").queryAs(Label.class);
        assertThat(exports.getStyleClass()).contains("group-member-mentioned");
    }

    private Point2D pointInside(String phrase) {
        int at = area().getText().indexOf(phrase);
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        interact(() -> {
            area().showParagraphAtTop(area().offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor());
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> bounds.set(area().getCharacterBoundsOnScreen(at + 1, at + 3).orElseThrow()));
        Bounds b = bounds.get();
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }
}
