package org.corridor.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.corpus.UnreadableFileException;

/** The five seed articles, as the tests of this package read them. */
final class Seeds {

    private Seeds() {
    }

    static Corpus corpus() throws IOException {
        return new CorpusLoader(new ArticleParser()).load(Path.of("seeds"), ProgressListener.NONE);
    }

    /** The seed whose file name starts with {@code number}, e.g. "000". */
    static Article open(Corpus corpus, String number) throws IOException, UnreadableFileException {
        String id = corpus.articles().stream().filter(a -> a.id().startsWith(number)).findFirst().orElseThrow().id();
        return corpus.open(id);
    }

    /** An article made of the given text, as if read from a file named {@code id}.txt. */
    static Article article(String id, String text) {
        return new ArticleParser().parse(id, Path.of(id + ".txt"), text);
    }
}
