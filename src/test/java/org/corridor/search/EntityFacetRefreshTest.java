package org.corridor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.entities.LexiconService;
import org.corridor.entities.Recognisers;
import org.corridor.entities.user.Correction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity filter follows the user's corrections of the recogniser: after a correction, the next sync gives new
 * entity values to the articles that contain the corrected text, and only to those; a correction made while the
 * index was closed (in another window) is noticed when it opens.
 */
class EntityFacetRefreshTest {

    static final String SUN_WEIDONG = "person:sun-weidong";

    @TempDir
    Path workspace;
    Corpus corpus;
    LexiconService lexicon;
    SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        corpus = new CorpusLoader(new ArticleParser()).load(Path.of("seeds"), workspace, ProgressListener.NONE);
        lexicon = Recognisers.lexiconFor(workspace);
        index = SearchIndex.open(workspace, List.of(new EntityFacet(lexicon)));
        index.sync(corpus, ProgressListener.NONE);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> withEntity(String entityId) throws Exception {
        return index.search(new SearchRequest("", null, null, Map.of(EntityFacet.DIMENSION, Set.of(entityId)), 20))
                .hits().stream().map(SearchHit::id).sorted().toList();
    }

    private long articlesContaining(String text) throws Exception {
        long n = 0;
        for (ArticleMeta meta : corpus.articles()) {
            if (corpus.open(meta.id()).text().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aCorrectionReachesTheFilterAndOnlyArticlesWithItsTextAreIndexedAgain() throws Exception {
        assertThat(withEntity(SUN_WEIDONG)).hasSize(2);

        lexicon.corrections().add(Correction.notEntity("Sun Weidong"));
        SearchIndex.Changes changes = index.sync(corpus, ProgressListener.NONE);

        assertThat(changes.refreshed()).isEqualTo(articlesContaining("Sun Weidong")).isLessThan(corpus.size());
        assertThat(withEntity(SUN_WEIDONG)).isEmpty();
        assertThat(index.sync(corpus, ProgressListener.NONE).refreshed()).isZero();
    }

    @Test
    void aCorrectionMadeWhileTheIndexWasClosedIsNoticedWhenItOpens() throws Exception {
        index.close();
        Recognisers.lexiconFor(workspace).corrections()
                .add(Correction.alias("Chinese President", "person:xi-jinping"));
        LexiconService reread = Recognisers.lexiconFor(workspace);
        index = SearchIndex.open(workspace, List.of(new EntityFacet(reread)));

        SearchIndex.Changes changes = index.sync(corpus, ProgressListener.NONE);

        assertThat(changes.refreshed()).isEqualTo(articlesContaining("Chinese President")).isPositive();
        // and what the sync recorded survives closing: the next open has nothing to catch up on
        index.close();
        index = SearchIndex.open(workspace, List.of(new EntityFacet(Recognisers.lexiconFor(workspace))));
        assertThat(index.sync(corpus, ProgressListener.NONE).refreshed()).isZero();
    }

    @Test
    void removingACorrectionRestoresTheValuesItHad() throws Exception {
        Correction stored = lexicon.corrections().add(Correction.notEntity("Sun Weidong"));
        index.sync(corpus, ProgressListener.NONE);
        assertThat(withEntity(SUN_WEIDONG)).isEmpty();

        lexicon.corrections().remove(stored.id());
        index.sync(corpus, ProgressListener.NONE);

        assertThat(withEntity(SUN_WEIDONG)).hasSize(2);
    }

    /** A contributor that cannot name the articles a change affects (as after a new lexicon ships). */
    static final class Edition implements FacetContributor {
        volatile String edition = "1";

        @Override
        public String dimension() {
            return "edition";
        }

        @Override
        public Collection<String> values(Article article) {
            return List.of(edition);
        }

        @Override
        public String stamp() {
            return edition;
        }
    }

    @Test
    void aNewEditionIndexesEveryArticleAgainAndACancelledSyncLeavesItToTheNext() throws Exception {
        index.close();
        Edition edition = new Edition();
        index = SearchIndex.open(workspace, List.of(new EntityFacet(lexicon), edition));
        index.sync(corpus, ProgressListener.NONE);

        edition.edition = "2";
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> index.sync(corpus, cancelled)).isInstanceOf(CancelledException.class);
        SearchIndex.Changes changes = index.sync(corpus, ProgressListener.NONE);

        assertThat(changes.refreshed()).isEqualTo(corpus.size());
        assertThat(withEntity("2")).isEmpty(); // "2" is an edition value, not an entity
        assertThat(index.search(new SearchRequest("", null, null, Map.of("edition", Set.of("2")), 20)).total())
                .isEqualTo(corpus.size());
    }
}
