package org.corridor.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.compare.AlignedSentence;
import org.corridor.compare.Comparison;
import org.corridor.compare.CorpusComparers;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.entities.Recognisers;
import org.corridor.ui.common.Background;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison's state without a window: background jobs are queued and run when the test says so. */
class CompareViewModelTest {

    @TempDir
    Path workspace;

    private final List<Runnable> queued = new ArrayList<>();
    private CompareViewModel model;
    private Corpus corpus;

    @BeforeEach
    void setUp() throws Exception {
        corpus = new CorpusLoader(new ArticleParser()).load(Path.of("seeds"), ProgressListener.NONE);
        model = new CompareViewModel(new Background(queued::add, Runnable::run),
                Recognisers.cached(Recognisers.lexiconFor(workspace)), new CorpusComparers(workspace));
        model.setCorpus(corpus);
    }

    private ArticleMeta seed(String number) {
        return corpus.articles().stream().filter(a -> a.id().startsWith(number)).findFirst().orElseThrow();
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    @Test
    void theTextsComeFirstAndTheComparisonFillsInWhenReady() {
        model.open(seed("000"), seed("004"));
        assertThat(model.activeProperty().get()).isTrue();
        assertThat(model.comparisonProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Comparing…");
        queued.remove(0).run();
        queued.remove(0).run();
        assertThat(model.left().articleProperty().get().id()).startsWith("000");
        assertThat(model.right().articleProperty().get().id()).startsWith("004");
        assertThat(model.comparisonProperty().get()).isNull();
        runQueued();
        Comparison c = model.comparisonProperty().get();
        assertThat(c.a().id()).startsWith("000");
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void aComparisonOfArticlesNoLongerChosenIsDropped() {
        model.open(seed("000"), seed("004"));
        model.open(seed("001"), seed("002"));
        runQueued();
        assertThat(model.comparisonProperty().get().a().id()).startsWith("001");
        model.open(seed("000"), seed("004"));
        model.close();
        runQueued();
        assertThat(model.comparisonProperty().get()).isNull();
        assertThat(model.activeProperty().get()).isFalse();
    }

    @Test
    void swapPutsTheRightArticleOnTheLeft() {
        model.open(seed("000"), seed("002"));
        runQueued();
        model.swap();
        runQueued();
        assertThat(model.comparisonProperty().get().a().id()).startsWith("002");
        assertThat(model.left().articleProperty().get().id()).startsWith("002");
    }

    @Test
    void pairsAreWalkedInOrderAndFollowFindsThePairBelowAnOffset() {
        model.open(seed("000"), seed("004"));
        runQueued();
        List<AlignedSentence> pairs = model.comparisonProperty().get().alignedSentences();
        assertThat(pairs).isNotEmpty();
        model.nextPair();
        assertThat(model.selectedPairProperty().get()).isZero();
        model.previousPair();
        assertThat(model.selectedPairProperty().get()).isZero();
        for (int i = 0; i < pairs.size() + 3; i++) {
            model.nextPair();
        }
        assertThat(model.selectedPairProperty().get()).isEqualTo(pairs.size() - 1);
        AlignedSentence first = pairs.get(0);
        assertThat(model.pairFrom(first.inA().start())).contains(first);
        assertThat(model.pairFrom(pairs.get(pairs.size() - 1).inA().end())).isEmpty();
    }

    @Test
    void focusingTheSameEntityTwiceIsSeenTwice() {
        model.open(seed("000"), seed("004"));
        runQueued();
        var pakistan = model.comparisonProperty().get().entities().get(0).both().get(0);
        List<Object> seen = new ArrayList<>();
        model.focusProperty().addListener((o, a, f) -> {
            if (f != null) {
                seen.add(f);
            }
        });
        model.focusEntity(pakistan);
        model.focusEntity(pakistan);
        assertThat(seen).hasSize(2);
        assertThat(model.focusProperty().get().inA()).isEqualTo(pakistan.inA());
    }
}
