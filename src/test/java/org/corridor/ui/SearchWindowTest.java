package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.corridor.search.SearchHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** Full-text search as a user meets it: type a query, read ranked hits, narrow by date, open a hit, jump with F3. */
class SearchWindowTest extends CorridorUiTest {

    private Path corpus;

    @Override
    protected Path corpusDir() {
        if (corpus == null) {
            try {
                corpus = Files.createTempDirectory("corridor-search-ui-");
                article("gwadar-2019", "2019-04-02", "Gwadar port: the corridor's crown",
                        "GWADAR (APP) – The corridor reaches the sea at Gwadar. The corridor carries trade; "
                                + "the corridor is the port's future, officials said.");
                article("railway-2021", "2021-06-10", "Railway upgrade approved",
                        "LAHORE (Dawn) – The ML-1 railway is part of the corridor, the planning minister said.");
                article("cricket-2022", "2022-01-15", "Home side wins in Lahore",
                        "LAHORE (Dawn) – The home side won by six wickets after a late collapse.");
                article("energy-2023", "2023-09-01", "Power plants and the corridor",
                        "KARACHI (Xinhua) – Coal plants built under the corridor now supply a tenth of the power.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpus;
    }

    private void article(String name, String date, String headline, String body) throws IOException {
        Files.writeString(corpus.resolve(name + ".txt"), " date " + date + " " + headline + "\n\n" + body + "\n");
    }

    @Test
    void typingAQueryShowsRankedHitsInPlaceOfTheList() {
        clickOn("#search-field").write("corridor");
        type(KeyCode.ENTER);

        assertThat(searchResults().isVisible()).isTrue();
        assertThat(window.libraryView().isVisible()).isFalse();
        assertThat(searchResults().getItems()).extracting(SearchHit::id)
                .containsExactly("gwadar-2019", "energy-2023", "railway-2021");
        assertThat(searchResults().getItems().get(0).snippet().marks()).isNotEmpty();
        assertThat(lookup("#search-summary").queryLabeled().getText()).isEqualTo("3 matching articles");

        clickOn("#search-field").eraseText(8);
        type(KeyCode.ENTER);
        assertThat(window.libraryView().isVisible()).isTrue();
        assertThat(searchResults().isVisible()).isFalse();
    }

    @Test
    void aDateRangeNarrowsTheHitsAndTheSourceCounts() {
        clickOn("#search-field").write("corridor");
        type(KeyCode.ENTER);
        DatePicker from = lookup("#search-from").queryAs(DatePicker.class);
        interact(() -> from.setValue(LocalDate.of(2021, 1, 1)));

        assertThat(searchResults().getItems()).extracting(SearchHit::id).containsExactly("energy-2023", "railway-2021");
        assertThat(window.search().model().sources().counts()).extracting(c -> c.value() + "=" + c.count())
                .containsExactly("Dawn=1", "Xinhua=1");
    }

    @Test
    void typedDatesAreReadAsIsoOrInTheLocalesFormatAndAnUnreadableOneIsSaidSo() {
        clickOn("#search-field").write("corridor");
        type(KeyCode.ENTER);
        DatePicker from = lookup("#search-from").queryAs(DatePicker.class);
        assertThat(from.getPromptText()).contains("yyyy-mm-dd");
        assertThat(from.getTooltip().getText()).contains("2024-01-31")
                .contains(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .format(LocalDate.of(2024, 1, 31)));

        clickOn(from.getEditor()).write("2021-01-01");
        type(KeyCode.ENTER);
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(searchResults().getItems()).extracting(SearchHit::id).containsExactly("energy-2023", "railway-2021");

        String localeShort = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .format(LocalDate.of(2022, 3, 1));
        replaceText(from, localeShort);
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(searchResults().getItems()).extracting(SearchHit::id).containsExactly("energy-2023");

        replaceText(from, "31st of Febtober");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(lookup("#search-date-problem").queryLabeled().isVisible()).isTrue();
        assertThat(lookup("#search-date-problem").queryLabeled().getText()).contains("31st of Febtober")
                .contains("2024-01-31");

        replaceText(from, "2019-01-01");
        assertThat(lookup("#search-date-problem").queryLabeled().isVisible()).isFalse();
        assertThat(searchResults().getItems()).hasSize(3);
    }

    private void replaceText(DatePicker picker, String text) {
        clickOn(picker.getEditor());
        interact(() -> picker.getEditor().clear());
        write(text);
        type(KeyCode.ENTER);
    }

    @Test
    void enterOpensTheBestHitWithItsHitsMarkedAndF3MovesBetweenThem() {
        clickOn("#search-field").write("corridor");
        type(KeyCode.ENTER);

        StyleClassedTextArea text = lookup("#article-text").queryAs(StyleClassedTextArea.class);
        assertThat(text.getText()).startsWith("GWADAR (APP) – The corridor reaches the sea");
        int first = text.getText().indexOf("corridor");
        assertThat(text.getStyleAtPosition(first + 1)).contains("search-hit");
        assertThat(text.getStyleAtPosition(first - 2)).doesNotContain("search-hit");

        type(KeyCode.F3);
        assertThat(text.getSelectedText()).isEqualTo("corridor");
        assertThat(text.getSelection().getStart()).isEqualTo(first);
        type(KeyCode.F3);
        assertThat(text.getSelection().getStart()).isEqualTo(text.getText().indexOf("corridor", first + 1));
        press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertThat(text.getSelection().getStart()).isEqualTo(first);
    }

    @Test
    void clickingAHitOpensThatArticle() {
        clickOn("#search-field").write("railway OR coal");
        type(KeyCode.ENTER);
        clickOn("Railway upgrade approved");

        StyleClassedTextArea text = lookup("#article-text").queryAs(StyleClassedTextArea.class);
        assertThat(text.getText()).startsWith("LAHORE (Dawn) – The ML-1 railway");
    }
}
