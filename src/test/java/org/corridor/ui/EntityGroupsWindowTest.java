package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import org.corridor.entities.Mention;
import org.corridor.ui.entities.EntitySummary;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * The 5 Es and the five corridors stand out from other initiatives on seed 000 (which names all ten): a marker the
 * group legend turns off and on, and group chips that lead to their member in the text.
 */
class EntityGroupsWindowTest extends CorridorUiTest {

    private StyleClassedTextArea area() {
        return lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    private Mention firstMentionOf(String entityId) {
        return window.entities().model().mentionsProperty().get().stream()
                .filter(m -> entityId.equals(m.entityId())).findFirst().orElseThrow();
    }

    /** The styles of a mention's second character as the reader draws it. */
    private Collection<String> stylesOf(Mention m) {
        return area().getStyleOfChar(m.start() - window.readerView().bodyStart() + 1);
    }

    private Mention cpec2() {
        return window.entities().model().mentionsProperty().get().stream()
                .filter(m -> "CPEC 2.0".equals(m.text()) && m.group() == null).findFirst().orElseThrow();
    }

    @Test
    void groupMembersCarryAMarkerOtherInitiativesDoNot() {
        Mention exports = firstMentionOf("initiative:5es-exports");
        Mention greenCorridor = firstMentionOf("initiative:cpec2-green-corridor");

        assertThat(stylesOf(exports)).contains("mention-initiative", "mention-group-member");
        assertThat(stylesOf(greenCorridor)).contains("mention-initiative", "mention-group-member");
        assertThat(stylesOf(cpec2())).contains("mention-initiative").doesNotContain("mention-group-member");
    }

    @Test
    void theGroupLegendTurnsOneGroupsMarkerOffAndOn() {
        Mention exports = firstMentionOf("initiative:5es-exports");
        Mention greenCorridor = firstMentionOf("initiative:cpec2-green-corridor");
        ToggleButton fiveEs = lookup("#legend-group-5es").queryAs(ToggleButton.class);
        assertThat(fiveEs.getText()).matches("5 Es\\s+5");

        clickOn(fiveEs);
        assertThat(stylesOf(exports)).contains("mention-initiative").doesNotContain("mention-group-member");
        assertThat(stylesOf(greenCorridor)).contains("mention-group-member");

        clickOn(fiveEs);
        assertThat(stylesOf(exports)).contains("mention-group-member");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupChipShowsItsMemberInTheText() {
        showSideTab("entities-tab");
        interact(() -> area().moveTo(0));
        Mention equity = firstMentionOf("initiative:5es-equity");

        clickOn("#group-member-initiative-5es-equity");

        assertThat(area().getSelectedText()).isEqualTo(equity.text());
        TreeTableView<EntitySummary> tree = lookup("#entities-tree").queryAs(TreeTableView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().key()).isEqualTo("initiative:5es-equity");
    }
}
