package org.corridor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.corridor.common.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a real corpus folder holds: each bad one is skipped with a clear message, the rest load. */
class BadFilesTest {

    @TempDir
    Path dir;

    private Corpus load() throws Exception {
        return new CorpusLoader(new ArticleParser()).load(dir, ProgressListener.NONE);
    }

    @Test
    void emptyAndBinaryFilesAreReportedAndTheRestLoads() throws Exception {
        Files.writeString(dir.resolve("good.txt"), " date 2024-01-01 A good article.\n\nWith text.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), "   \n\n  ");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(dir.resolve("binary.txt"), binary);
        Files.writeString(dir.resolve("page.pdf"), "%PDF-1.4");

        Corpus corpus = load();

        assertThat(corpus.articles()).extracting(ArticleMeta::id).containsExactly("good");
        assertThat(corpus.problems()).extracting(LoadProblem::path, LoadProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("empty.txt", "The file is empty."),
                org.assertj.core.groups.Tuple.tuple("blank.txt", "The file is empty."),
                org.assertj.core.groups.Tuple.tuple("binary.txt", "This is not a text file (it contains binary data)."));
        assertThat(corpus.problems()).filteredOn(p -> p.path().equals("page.pdf")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Import"));
        assertThat(corpus.problems()).allMatch(LoadProblem::skipped);
    }

    @Test
    void latin1TextIsReadWithAWarning() throws Exception {
        Files.write(dir.resolve("latin1.txt"), "Café in Peshawar — naïve résumé".getBytes(StandardCharsets.ISO_8859_1));
        Corpus corpus = load();
        assertThat(corpus.articles()).singleElement().extracting(ArticleMeta::title).asString().startsWith("Café in Peshawar");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isFalse();
            assertThat(p.message()).contains("Windows-1252");
        });
    }

    @Test
    void byteOrderMarkIsDroppedAndTheDateStillFound() throws Exception {
        byte[] text = " date 2023-05-06 Headline\n\nBody text.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(dir.resolve("bom.txt"), withBom);
        Corpus corpus = load();
        ArticleMeta a = corpus.articles().get(0);
        assertThat(a.date()).hasToString("2023-05-06");
        assertThat(corpus.open(a.id()).text()).doesNotStartWith("\uFEFF");
    }

    @Test
    void utf16WithMarkIsRead() throws Exception {
        Files.write(dir.resolve("utf16.txt"), "\uFEFFSindh: Work began on the line.".getBytes(StandardCharsets.UTF_16LE));
        assertThat(load().articles()).singleElement().extracting(ArticleMeta::dateline).isEqualTo("Sindh");
    }

    @Test
    void anArticleJustUnderTheLimitLoads() throws Exception {
        String paragraph = "The corridor links Kashgar with Gwadar through roads, rail and pipelines. ";
        StringBuilder big = new StringBuilder(" date 2022-02-02 A very long report\n\n");
        while (big.length() < TextDecoder.MAX_BYTES - 2 * paragraph.length()) {
            big.append(paragraph).append(big.length() % 7 == 0 ? "\n\n" : "");
        }
        Files.writeString(dir.resolve("huge.txt"), big);
        Corpus corpus = load();
        assertThat(corpus.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("A very long report");
            assertThat(a.words()).isGreaterThan(1_000_000);
        });
    }

    @Test
    void filesOverTheLimitAreRefusedWithTheirSize() {
        byte[] tooBig = new byte[TextDecoder.MAX_BYTES + 1];
        Arrays.fill(tooBig, (byte) 'a');
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> TextDecoder.decode(tooBig)))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("too large");
    }

    @Test
    void hiddenFilesAndFoldersAreIgnoredAndSubfoldersRead() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "[core]");
        Files.createDirectories(dir.resolve("2024/jan"));
        Files.writeString(dir.resolve("2024/jan/a.txt"), "First article text.");
        Files.writeString(dir.resolve("2024/jan/a.md"), "Same name, other format.");
        assertThat(load().articles()).extracting(ArticleMeta::id)
                .containsExactlyInAnyOrder("2024/jan/a", "2024/jan/a.txt");
    }
}
