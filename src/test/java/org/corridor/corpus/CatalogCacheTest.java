package org.corridor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.corridor.common.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a corpus with a workspace: the catalog is cached there and a reopen only looks at file sizes and
 * times; changed, new and removed files are noticed; the workspace's imported articles join the catalog.
 */
class CatalogCacheTest {

    @TempDir
    Path dir;
    Path corpusDir;
    Path workspace;
    final CorpusLoader loader = new CorpusLoader(new ArticleParser());

    @BeforeEach
    void folders() throws IOException {
        corpusDir = Files.createDirectories(dir.resolve("corpus"));
        workspace = dir.resolve("workspace");
        Files.writeString(corpusDir.resolve("a.txt"), " date 2024-01-02 First headline\n\nBody of the first.");
        Files.createDirectories(corpusDir.resolve("2024"));
        Files.writeString(corpusDir.resolve("2024/b.txt"), " date 2024-02-03 Second headline\n\nBody of the second.");
    }

    private Corpus open() throws IOException {
        return loader.load(corpusDir, workspace, ProgressListener.NONE);
    }

    @Test
    void aReopenTrustsTheCacheForFilesWhoseSizeAndTimeAreUnchanged() throws Exception {
        Corpus first = open();
        assertThat(workspace.resolve("cache/catalog.bin")).isRegularFile();
        Path a = corpusDir.resolve("a.txt");
        FileTime time = Files.getLastModifiedTime(a);
        // Same length, same time: the cache is believed, which is what makes a warm open cheap.
        Files.writeString(a, " date 2024-01-02 Fixed headline\n\nBody of the first.");
        Files.setLastModifiedTime(a, time);

        Corpus second = open();

        assertThat(second.articles()).isEqualTo(first.articles());
        assertThat(second.find("a").orElseThrow().title()).isEqualTo("First headline");
    }

    @Test
    void theFirstImportIntoAWorkspaceDoesNotMakeTheNextOpenReparseTheCorpus() throws Exception {
        open();
        Path a = corpusDir.resolve("a.txt");
        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, " date 2024-01-02 Fixed headline\n\nBody of the first.");
        Files.setLastModifiedTime(a, time);
        Path imported = Files.createDirectories(CorpusLoader.importFolder(workspace));
        Files.writeString(imported.resolve("new.txt"), " date 2024-03-04 Imported headline\n\nBody of the import.");

        Corpus reopened = open();

        // Only the new file was read: the corpus file, changed behind the cache's back, still shows its old title.
        assertThat(reopened.find("a").orElseThrow().title()).isEqualTo("First headline");
        assertThat(reopened.find(CorpusLoader.IMPORTED_PREFIX + "new").orElseThrow().title())
                .isEqualTo("Imported headline");
    }

    @Test
    void changedNewAndRemovedFilesAreNoticedOnReopen() throws Exception {
        open();
        Path a = corpusDir.resolve("a.txt");
        Files.writeString(a, " date 2024-01-02 Changed headline\n\nBody of the first, now longer.");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
        Files.delete(corpusDir.resolve("2024/b.txt"));
        Files.writeString(corpusDir.resolve("c.txt"), "Third headline\n\nBody of the third.");

        Corpus reopened = open();

        assertThat(reopened.articles()).extracting(ArticleMeta::id, ArticleMeta::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "Changed headline"),
                        org.assertj.core.groups.Tuple.tuple("c", "Third headline"));
        assertThat(reopened.withFingerprint(reopened.find("c").orElseThrow().fingerprint()))
                .extracting(ArticleMeta::id).containsExactly("c");
    }

    @Test
    void unreadableFilesStayInTheLoadReportWhenServedFromTheCache() throws Exception {
        Files.write(corpusDir.resolve("empty.txt"), new byte[0]);
        open();
        Corpus reopened = open();
        assertThat(reopened.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("empty.txt");
            assertThat(p.message()).isEqualTo("The file is empty.");
            assertThat(p.skipped()).isTrue();
        });
    }

    @Test
    void aDamagedCacheIsIgnoredAndRewritten() throws Exception {
        open();
        Path cache = workspace.resolve("cache/catalog.bin");
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Corpus reopened = open();

        assertThat(reopened.articles()).extracting(ArticleMeta::id).containsExactly("2024/b", "a");
        assertThat(Files.size(cache)).isEqualTo(bytes.length);
    }

    @Test
    void importedArticlesInTheWorkspaceJoinTheCatalogUnderTheirOwnPrefix() throws Exception {
        Path imported = Files.createDirectories(CorpusLoader.importFolder(workspace));
        Files.writeString(imported.resolve("a.txt"), " date 2023-05-06 \n@title: An imported story\n"
                + "@source: Dawn\n@original: story.html\n\nIts body.\n");

        Corpus corpus = open();

        assertThat(corpus.find("imported/a")).hasValueSatisfying(m -> {
            assertThat(m.title()).isEqualTo("An imported story");
            assertThat(m.source()).isEqualTo("Dawn");
            assertThat(m.date()).hasToString("2023-05-06");
        });
        assertThat(corpus.find("a")).isPresent();
        assertThat(corpus.open("imported/a").body().strip()).isEqualTo("Its body.");
    }

    @Test
    void theCachedCatalogIsShownAtOnceAndTheVerifyingOpenCatchesUp() throws Exception {
        assertThat(loader.loadCached(corpusDir, workspace)).isEmpty();
        Corpus first = open();
        Path a = corpusDir.resolve("a.txt");
        Files.writeString(a, " date 2024-01-02 Renamed headline\n\nBody of the first.");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));

        Corpus cached = loader.loadCached(corpusDir, workspace).orElseThrow();
        assertThat(cached.articles()).isEqualTo(first.articles());
        assertThat(cached.find("a").orElseThrow().title()).isEqualTo("First headline");

        assertThat(open().find("a").orElseThrow().title()).isEqualTo("Renamed headline");
        assertThat(loader.loadCached(corpusDir, workspace).orElseThrow().find("a").orElseThrow().title())
                .isEqualTo("Renamed headline");
    }
}
