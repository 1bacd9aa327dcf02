package org.corridor.ui.shell;

import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;

/** The status bar's line about the open corpus: how many articles, and where they live. */
final class CorpusSummary {

    private CorpusSummary() {
    }

    /** "10 articles in …/seeds", or, with imports, "10 articles: 5 in …/seeds, 5 imported". */
    static String of(Corpus corpus) {
        long imported = corpus.articles().stream().filter(a -> a.id().startsWith(CorpusLoader.IMPORTED_PREFIX)).count();
        String total = corpus.size() + (corpus.size() == 1 ? " article" : " articles");
        if (imported == 0) {
            return total + " in " + corpus.root();
        }
        return total + ": " + (corpus.size() - imported) + " in " + corpus.root() + ", " + imported + " imported";
    }
}
