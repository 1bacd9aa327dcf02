package org.corridor.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.export.NotesExporter;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesFile;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;
import org.corridor.notes.TextAnchor;
import org.corridor.ui.CorridorUiTest;
import org.corridor.ui.notes.NotesSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File ▸ Export notes… and File ▸ Import notes… as a user meets them, headless. */
class ExportDialogTest extends CorridorUiTest {

    private Corpus corpus;

    @BeforeEach
    void twoNotesInTheWorkspace() throws Exception {
        corpus = new CorpusLoader(new ArticleParser()).load(corpusDir(), ProgressListener.NONE);
        Tag economy = new Tag("7e57a000-0000-4000-8000-000000000001", "Economy", null, "#46a758", "");
        Article article = corpus.open("004_f7e47c8c0e29e705");
        int at = article.text().indexOf("China-Pakistan Economic Corridor (CPEC)");
        OffsetDateTime when = OffsetDateTime.parse("2026-01-05T10:00:00Z");
        Annotation a = new Annotation("7e57a000-0000-4000-8000-0000000000a1", article.id(), article.meta().title(),
                article.meta().path(), article.meta().fingerprint(), List.of(economy.id()), "A note, with \"quotes\"",
                when, when, TextAnchor.of(article.text(), at, at + 39));
        int xi = article.text().indexOf("Xi Jinping");
        Annotation b = new Annotation("7e57a000-0000-4000-8000-0000000000a2", article.id(), article.meta().title(),
                article.meta().path(), article.meta().fingerprint(), List.of(), "who", when, when,
                TextAnchor.of(article.text(), xi, xi + 10));
        Files.createDirectories(workspace);
        Files.write(workspace.resolve(NotesFile.NAME), NotesFile.write(
                new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA, new Codebook(List.of(economy)), List.of(a, b))));
        restart();
        assertThat(window.notes().session().snapshot().annotations()).hasSize(2);
    }

    /** The export dialog and the import report are windows of their own: close them, so no test leaves one behind. */
    @AfterEach
    void closeDialogs() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<NotesExporter> formats() {
        return lookup("#export-format").queryAs(ComboBox.class);
    }

    private String message() {
        return lookup("#export-message").queryAs(Label.class).getText();
    }

    /** Fires File ▸ Export notes… (menus do not pop up under Monocle, so the item is fired as a click would). */
    private void openExportDialog() {
        MenuItem item = lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "Export notes…".equals(i.getText()))
                .findFirst().orElseThrow();
        interact(item::fire);
    }

    private void choose(String formatId) {
        interact(() -> formats().getItems().stream().filter(f -> f.id().equals(formatId)).findFirst()
                .ifPresent(formats().getSelectionModel()::select));
    }

    @Test
    void exportsCsvWithAPreviewAndRemembersTheFormat() throws Exception {
        openExportDialog();
        choose("csv");

        assertThat(lookup("#export-preview").queryAs(TextArea.class).getText())
                .startsWith("article_id,title,date,source,file,quote,start,end,tags,note,created,modified")
                .contains("China-Pakistan Economic Corridor (CPEC)", "\"A note, with \"\"quotes\"\"\"");
        Path target = home.resolve("notes.csv");
        interact(() -> lookup("#export-destination").queryAs(TextField.class).setText(target.toString()));
        clickOn("#export-run");

        assertThat(message()).startsWith("Exported 2 annotations from 1 article to");
        assertThat(Files.readString(target)).contains("Economy", "Xi Jinping");
        clickOn("Close");
        openExportDialog();
        assertThat(formats().getValue().id()).isEqualTo("csv");
    }

    @Test
    void aFormulaInANoteIsNeutralisedUnlessRawValuesAreTicked() throws Exception {
        NotesSnapshot notes = window.notes().session().snapshot();
        Annotation first = notes.annotations().get(0);
        Annotation formula = new Annotation(first.id(), first.articleId(), first.articleTitle(), first.articlePath(),
                first.fingerprint(), first.tagIds(), "=1+2", first.created(), first.modified(), first.anchor());
        Files.write(workspace.resolve(NotesFile.NAME), NotesFile.write(
                new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA, notes.codebook(), List.of(formula))));
        restart();
        openExportDialog();
        choose("csv");

        assertThat(lookup("#export-preview").queryAs(TextArea.class).getText()).contains(",'=1+2,");
        clickOn("#export-csv-raw");

        assertThat(lookup("#export-preview").queryAs(TextArea.class).getText()).contains(",=1+2,");
    }

    @Test
    void aFailedExportSaysSoAndWritesNothing() throws Exception {
        openExportDialog();
        choose("md");
        Path target = home.resolve("no-such-folder").resolve("notes.md");
        interact(() -> lookup("#export-destination").queryAs(TextField.class).setText(target.toString()));

        clickOn("#export-run");

        assertThat(message()).startsWith("Export failed, nothing was written").contains("does not exist");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void aDateRangeWithoutNotesIsAClearMessageAndWritesNothing() throws Exception {
        openExportDialog();
        choose("html");
        interact(() -> lookup("#export-scope").queryAs(ComboBox.class).getSelectionModel().select(ExportScopeKind.DATES));
        Path target = home.resolve("report.html");
        interact(() -> lookup("#export-destination").queryAs(TextField.class).setText(target.toString()));
        interact(() -> lookup("#export-from").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2024, 1, 1)));

        clickOn("#export-run");

        assertThat(message()).contains("Nothing to export");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void theDatePickersReadIsoDatesAndSayWhenTheyCannotReadOne() {
        openExportDialog();
        interact(() -> lookup("#export-scope").queryAs(ComboBox.class).getSelectionModel().select(ExportScopeKind.DATES));
        DatePicker from = lookup("#export-from").queryAs(DatePicker.class);
        assertThat(from.getPromptText()).contains("yyyy-mm-dd");

        clickOn(from.getEditor()).write("2024-01-01");
        type(KeyCode.ENTER);

        assertThat(from.getValue()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(lookup("#export-date-problem").queryLabeled().isVisible()).isFalse();

        interact(() -> from.getEditor().clear());
        clickOn(from.getEditor()).write("sometime in spring");
        type(KeyCode.ENTER);

        assertThat(from.getValue()).as("the earlier date stays").isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(lookup("#export-date-problem").queryLabeled().isVisible()).isTrue();
        assertThat(lookup("#export-date-problem").queryLabeled().getText()).contains("sometime in spring", "2024-01-31");
    }

    private void exportTo(Path target) {
        interact(() -> lookup("#export-destination").queryAs(TextField.class).setText(target.toString()));
    }

    private String destination() {
        return lookup("#export-destination").queryAs(TextField.class).getText();
    }

    @Test
    void anotherFormatGetsItsOwnFileNameAndTheOldMessageGoes() throws Exception {
        openExportDialog();
        choose("md");
        Path markdown = home.resolve("chapter-3.md");
        exportTo(markdown);
        clickOn("#export-run");
        assertThat(message()).startsWith("Exported 2 annotations");

        choose("html");

        assertThat(destination()).isEqualTo(home.resolve("chapter-3.html").toString());
        assertThat(message()).isEmpty();
        clickOn("#export-run");
        assertThat(Files.readString(markdown)).as("the Markdown export is still there").startsWith("---");
        assertThat(Files.readString(home.resolve("chapter-3.html"))).contains("<html");

        choose("webanno");
        assertThat(destination()).isEqualTo(home.resolve("chapter-3.jsonld").toString());
        clickOn("#export-one-per-annotation");
        assertThat(destination()).isEqualTo(home.resolve("chapter-3.zip").toString());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path target = Files.writeString(home.resolve("notes.md"), "an earlier export");
        openExportDialog();
        choose("md");
        exportTo(target);

        clickOn("#export-run");
        assertThat(lookup("#export-replace").tryQuery()).as("asks before replacing").isPresent();
        clickOn("#export-keep");
        assertThat(Files.readString(target)).isEqualTo("an earlier export");
        assertThat(message()).doesNotStartWith("Exported");

        clickOn("#export-run");
        clickOn("#export-replace");
        assertThat(Files.readString(target)).contains("China-Pakistan Economic Corridor (CPEC)");
        assertThat(message()).startsWith("Exported 2 annotations");
    }

    @Test
    void importAddsToTheOpenNotesAsOneUndoableEditAndShowsTheReport() throws Exception {
        Path file = Files.writeString(home.resolve("in.json"), """
                [{"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Energy"},
                  "target": {"source": "002_7fe1a2b5e3bb247c", "selector": {"type": "TextQuoteSelector", "exact": "Imran Khan"}}},
                 {"type": "Annotation", "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "not in any seed"}}}]
                """);

        interact(() -> window.notesTransfer().importFiles(stage, corpus, List.of(file)));

        String report = lookup("#import-report").queryAs(TextArea.class).getText();
        assertThat(report).startsWith("Imported 1 annotation; 1 could not be placed")
                .contains("new tags: Energy", "“not in any seed”: the quote is in no article of the corpus");
        NotesSession session = window.notes().session();
        assertThat(session.snapshot().annotations()).hasSize(3);
        interact(session::undo);
        assertThat(session.snapshot().annotations()).hasSize(2);
        assertThat(session.snapshot().codebook().tags()).extracting(Tag::name).containsExactly("Economy");
    }
}
