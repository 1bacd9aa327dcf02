package org.corridor.ui.shell;

import org.corridor.common.Plural;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;

/** The status bar's line about the open corpus: how many articles, and where they live. */
final class CorpusSummary {

    private CorpusSummary() {
    }

    /** "10 articles in …/seeds", or, with imports, "10 articles: 5 in …/seeds, 5 imported". */
    static String of(Corpus corpus) {
        long imported = corpus.articles().stream().filter(a -> a.id().startsWith(CorpusLoader.IMPORTED_PREFIX)).count();
        String total = Plural.of(corpus.size(), "article");
        if (imported == 0) {
            return total + " in " + corpus.root();
        }
        return total + ": " + String.format("%,d", corpus.size() - imported) + " in " + corpus.root() + ", " + String.format("%,d", imported) + " imported";
    }
}
