package org.corridor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShingleIndexTest {

    private static WordTokens words(String text) {
        return WordTokens.of(text, 0, text.length());
    }

    private static List<String> phrase(String text) {
        return words(text).words();
    }

    private final ShingleIndex index = ShingleIndex.builder()
            .add(words("Pakistan and China reaffirmed their all-weather strategic cooperative partnership."))
            .add(words("An all weather strategic cooperative partnership, said Xi Jinping in Beijing."))
            .add(words("Strategic cooperative partnership all weather, in another order."))
            .build();

    @Test
    void countsArticlesContainingAPhraseInOrder() {
        assertThat(index.articlesContaining(phrase("all-weather strategic cooperative partnership"))).isEqualTo(2);
        assertThat(index.articlesContaining(phrase("their all-weather strategic cooperative partnership")))
                .isEqualTo(1);
        assertThat(index.articlesContaining(phrase("partnership all weather strategic"))).isZero();
        assertThat(index.articlesContaining(phrase("said Xi Jinping in Beijing"))).isEqualTo(1);
    }

    @Test
    void countsDocumentFrequenciesOfWords() {
        assertThat(index.documents()).isEqualTo(3);
        assertThat(index.documentFrequency("partnership")).isEqualTo(3);
        assertThat(index.documentFrequency("beijing")).isEqualTo(1);
        assertThat(index.documentFrequency("gwadar")).isZero();
        assertThat(index.idf("gwadar")).isGreaterThan(index.idf("beijing"));
    }

    @Test
    void survivesASaveAndLoadAndRejectsAnotherCorpus(@TempDir Path dir) throws Exception {
        ShingleIndexStore store = new ShingleIndexStore(dir.resolve("cache/shingles.bin"));
        store.save(index, "corpus-1");
        ShingleIndex loaded = store.load("corpus-1").orElseThrow();
        assertThat(loaded.articlesContaining(phrase("all weather strategic cooperative partnership"))).isEqualTo(2);
        assertThat(loaded.documentFrequency("beijing")).isEqualTo(1);
        assertThat(store.load("corpus-2")).isEmpty();
    }

    @Test
    void aDamagedCacheIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shingles.bin");
        java.nio.file.Files.write(file, new byte[] {1, 2, 3});
        assertThat(new ShingleIndexStore(file).load("any")).isEmpty();
    }
}
