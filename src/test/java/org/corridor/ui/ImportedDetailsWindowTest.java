package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.CorpusLoader;
import org.corridor.corpus.importing.Importer;
import org.corridor.corpus.importing.SimilarArticles;
import org.junit.jupiter.api.Test;

/**
 * An imported article shows where it came from, and one the import flagged as nearly repeating another links to
 * it: a click compares the two side by side.
 */
class ImportedDetailsWindowTest extends CorridorUiTest {

    private static final String STORY = "The new vocational training centre at Gwadar port will train four "
            + "hundred young people from the district every year in welding, electrical work and marine engine "
            + "repair, the port authority said on Tuesday. The centre was built with a grant from the Chinese "
            + "government and will be run jointly by the port authority and a technical college from Karachi. "
            + "Officials said the first courses would start in March and that graduates would be offered work "
            + "at the port and at the free zone, where several factories are being built.";

    @Override
    protected void beforeOpen() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Path first = Files.writeString(inbox.resolve("dawn-gwadar.txt"),
                "Gwadar port opens a vocational training centre\n\n" + STORY);
        Path second = Files.writeString(inbox.resolve("tribune-gwadar.txt"),
                "Vocational centre to train Gwadar youth\n\n" + STORY.replace("four hundred", "five hundred"));
        ArticleParser parser = new ArticleParser();
        new Importer(parser).importFiles(List.of(first, second),
                new CorpusLoader(parser).load(corpusDir(), workspace, ProgressListener.NONE), workspace,
                SimilarArticles.NONE, ProgressListener.NONE);
    }

    @SuppressWarnings("unchecked")
    private void select(java.util.function.Predicate<ArticleMeta> which) {
        TableView<ArticleMeta> table = lookup("#library-table").queryAs(TableView.class);
        ArticleMeta meta = table.getItems().stream().filter(which).findFirst().orElseThrow();
        interact(() -> table.getSelectionModel().select(meta));
    }

    @Test
    void aNearDuplicateLinksToTheArticleItRepeatsAndTheLinkComparesThem() {
        select(m -> m.title().equals("Vocational centre to train Gwadar youth"));
        showSideTab("details-tab");

        assertThat(lookup("#details-original").queryAs(Label.class).getText()).isEqualTo("tribune-gwadar.txt");
        Hyperlink similar = lookup("#details-similar").queryAs(Hyperlink.class);
        assertThat(similar.isVisible()).isTrue();
        assertThat(similar.getText()).isEqualTo("Gwadar port opens a vocational training centre");

        clickOn(similar);

        assertThat(window.compare().model().activeProperty().get()).isTrue();
        assertThat(List.of(window.compare().model().left().articleProperty().get().id(),
                window.compare().model().right().articleProperty().get().id()))
                .containsExactly("imported/tribune-gwadar", "imported/dawn-gwadar");
    }

    @Test
    void aCorpusArticleHasNeitherRow() {
        select(m -> !m.id().startsWith(CorpusLoader.IMPORTED_PREFIX));
        showSideTab("details-tab");

        assertThat(lookup("#details-original").queryAs(Label.class).isVisible()).isFalse();
        assertThat(lookup("#details-similar").queryAs(Hyperlink.class).isVisible()).isFalse();
    }

    @Test
    void theStatusBarCountsTheFolderAndTheImportsApart() {
        assertThat(lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("7 articles: 5 in " + corpusDir() + ", 2 imported");
    }
}
