package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.CorpusLoader;
import org.corridor.search.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A window whose workspace index is owned by another process that has not indexed the whole corpus says, with every
 * search, that its results may be incomplete.
 */
class SharedIndexWindowTest extends CorridorUiTest {

    private SearchIndex otherOwner;

    @Override
    protected Path corpusDir() {
        return home.resolve("corpus");
    }

    @Override
    protected void beforeOpen() throws Exception {
        Path dir = Files.createDirectories(corpusDir());
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("early-" + i + ".txt"), "Gwadar note " + i + "\n\nGwadar port handled "
                    + "cargo number " + i + ", officials said in Karachi.\n");
        }
        // Another process owns the index: it indexed five articles, then made no more progress.
        otherOwner = SearchIndex.open(workspace, List.of());
        otherOwner.sync(new CorpusLoader(new ArticleParser()).load(dir, workspace, ProgressListener.NONE),
                ProgressListener.NONE);
        for (int i = 0; i < 20; i++) {
            Files.writeString(dir.resolve("late-" + i + ".txt"), "Gwadar update " + i + "\n\nGwadar port expects "
                    + "vessel number " + i + " next week, officials said in Karachi.\n");
        }
    }

    @AfterEach
    void closeOtherOwner() throws Exception {
        otherOwner.close();
    }

    @Test
    void everySearchSaysItsResultsMayBeIncompleteWhileTheIndexAnotherProcessOwnsLacksArticles() {
        assertThat(lookup("#status-message").queryLabeled().getText()).contains("25 articles");

        clickOn("#search-field").write("gwadar");
        type(KeyCode.ENTER);

        assertThat(searchResults().getItems()).hasSize(5);
        assertThat(lookup("#search-summary").queryLabeled().getText()).isEqualTo("5 matching articles — results may "
                + "be incomplete: another process owns the search index and has not indexed 20 of the 25 articles");
    }
}
