package org.corridor.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hidden temporary files a killed import leaves in the workspace's corpus folder are removed the next time an
 * import starts or the workspace corpus is opened; nothing else is touched, nor a temporary file still being written.
 */
class ImportLeftoversTest {

    private static final FileTime LAST_WEEK = FileTime.from(Instant.now().minus(Duration.ofDays(7)));

    @TempDir
    Path dir;
    ImportFolders folders;
    Path imported;
    final CorpusLoader loader = new CorpusLoader(new ArticleParser());

    @BeforeEach
    void folders() throws IOException {
        folders = ImportFolders.in(dir);
        imported = Files.createDirectories(CorpusLoader.importFolder(folders.workspace()));
    }

    private Path oldFile(Path folder, String name) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "half an article");
        Files.setLastModifiedTime(file, LAST_WEEK);
        return file;
    }

    @Test
    void anImportRemovesWhatAKilledImportLeftAndNothingElse() throws Exception {
        Path leftover = oldFile(imported, ".3f2c9a4e-0000-4000-8000-000000000001.import.tmp");
        Path beingWritten = Files.writeString(imported.resolve(".3f2c9a4e-0000-4000-8000-000000000002.import.tmp"), "");
        Path article = oldFile(imported, "gwadar-port.txt");
        Path notHidden = oldFile(imported, "draft.import.tmp");
        Path otherSuffix = oldFile(imported, ".draft.import.tmp.bak");
        Path inTheCorpusFolder = oldFile(folders.corpus(), ".3f2c9a4e-0000-4000-8000-000000000003.import.tmp");

        new Importer(new ArticleParser(), Integer.MAX_VALUE).importFiles(List.of(), loader.load(folders.corpus(),
                ProgressListener.NONE), folders.workspace(), SimilarArticles.NONE, ProgressListener.NONE);

        assertThat(leftover).doesNotExist();
        assertThat(List.of(beingWritten, article, notHidden, otherSuffix, inTheCorpusFolder)).allSatisfy(
                kept -> assertThat(kept).exists());
    }

    @Test
    void openingTheWorkspaceCorpusRemovesWhatAKilledImportLeft() throws Exception {
        Path leftover = oldFile(imported, ".3f2c9a4e-0000-4000-8000-000000000001.import.tmp");
        Path article = oldFile(imported, "gwadar-port.txt");
        Path inTheCorpusFolder = oldFile(folders.corpus(), ".3f2c9a4e-0000-4000-8000-000000000003.import.tmp");

        loader.load(folders.corpus(), folders.workspace(), ProgressListener.NONE);

        assertThat(leftover).doesNotExist();
        assertThat(article).exists();
        assertThat(inTheCorpusFolder).exists();
    }
}
