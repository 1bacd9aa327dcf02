package org.corridor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.corridor.corpus.ArticleMeta;
import org.junit.jupiter.api.Test;

/** The list's date order: newest first with undated last (or the reverse), equal dates in catalog order. */
class DateOrderTest {

    private static ArticleMeta article(int n, LocalDate date) {
        return new ArticleMeta("a" + n, "Title " + n, date, "APP", null, 100, "/corpus/a" + n + ".txt", "f" + n);
    }

    @Test
    void newestFirstPutsUndatedArticlesLastAndKeepsCatalogOrderForEqualDates() {
        LocalDate day = LocalDate.of(2024, 5, 1);
        List<ArticleMeta> catalog = List.of(article(0, day), article(1, null), article(2, day.plusDays(1)),
                article(3, day), article(4, LocalDate.of(1999, 1, 1)));

        assertThat(new DateOrder(true).sorted(catalog)).extracting(ArticleMeta::id)
                .containsExactly("a2", "a0", "a3", "a4", "a1");
        assertThat(new DateOrder(false).sorted(catalog)).extracting(ArticleMeta::id)
                .containsExactly("a1", "a4", "a0", "a3", "a2");
    }

    @Test
    void thePackedSortAgreesWithAStableComparatorSortOnARandomCatalog() {
        Random random = new Random(3);
        List<ArticleMeta> catalog = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            LocalDate date = random.nextInt(20) == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(400));
            catalog.add(article(i, date));
        }
        for (boolean newestFirst : new boolean[] {true, false}) {
            DateOrder order = new DateOrder(newestFirst);
            List<ArticleMeta> expected = new ArrayList<>(catalog);
            expected.sort((Comparator<ArticleMeta>) order);

            assertThat(order.sorted(catalog)).isEqualTo(expected);
        }
    }
}
