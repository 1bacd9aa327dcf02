package org.corridor.corpus.importing;

import java.io.IOException;
import java.nio.file.Path;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the import tests: fresh {@link ImportFolders} for every test, and the corpus read back from them. */
abstract class ImportTest {

    @TempDir
    Path dir;
    ImportFolders folders;
    final ArticleParser parser = new ArticleParser();
    final CorpusLoader loader = new CorpusLoader(parser);

    @BeforeEach
    void folders() throws IOException {
        folders = ImportFolders.in(dir);
    }

    /** The corpus folder and the workspace's imported articles, as the window reads them now. */
    Corpus corpus() throws IOException {
        return loader.load(folders.corpus(), folders.workspace(), ProgressListener.NONE);
    }
}
