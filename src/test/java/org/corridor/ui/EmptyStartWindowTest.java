package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

/** A window with no article to show: the legend has nothing to count, and says what to do instead. */
class EmptyStartWindowTest extends CorridorUiTest {

    private Path empty;

    @Override
    protected Path corpusDir() {
        if (empty == null) {
            try {
                empty = Files.createTempDirectory("corridor-empty-corpus-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return empty;
    }

    @Test
    void theLegendShowsNoCountsButAHintWhenNoArticleIsOpen() {
        assertThat(lookup("#entity-legend .legend-toggle").queryAllAs(ToggleButton.class))
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.getText()).doesNotContainPattern("\\\\d"));
        assertThat(lookup("#legend-hint").queryAs(Label.class).getText()).startsWith("Open an article");
    }
}
