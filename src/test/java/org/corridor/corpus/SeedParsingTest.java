package org.corridor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corridor.common.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five bundled seeds read as a researcher expects: dates, titles, sources, datelines, clean bodies. */
class SeedParsingTest {

    private static Corpus seeds;

    @BeforeAll
    static void load() throws Exception {
        seeds = new CorpusLoader(new ArticleParser()).load(Path.of("seeds"), ProgressListener.NONE);
    }

    private static ArticleMeta seed(String prefix) {
        return seeds.articles().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void allFiveLoadWithoutProblems() {
        assertThat(seeds.size()).isEqualTo(5);
        assertThat(seeds.problems()).isEmpty();
        assertThat(seed("000").id()).isEqualTo("000_1b5463ecf60b4d06");
    }

    @Test
    void datesComeFromTheDateLineAndSeed003HasNone() {
        assertThat(seed("000").date()).isEqualTo(LocalDate.of(2025, 1, 12));
        assertThat(seed("001").date()).isEqualTo(LocalDate.of(2024, 1, 26));
        assertThat(seed("002").date()).isEqualTo(LocalDate.of(2021, 5, 20));
        assertThat(seed("003").date()).isNull();
        assertThat(seed("004").date()).isEqualTo(LocalDate.of(2020, 8, 21));
    }

    @Test
    void aHeadlineBecomesTheTitleAndLeavesTheBody() throws Exception {
        assertThat(seed("000").title()).isEqualTo("Both countries to further deepen all-weather strategic cooperative "
                + "partnership; Views on range of regional, int’l issues exchanged");
        Article article = seeds.open(seed("000").id());
        assertThat(article.body()).startsWith("Pakistan and China have noted with satisfaction");
        assertThat(article.text().substring(0, article.bodyStart())).doesNotContain("Pakistan and China");
    }

    @Test
    void withoutAHeadlineTheOpeningSentenceIsShortenedAtAWord() {
        String title = seed("001").title();
        assertThat(title).startsWith("China’s recent announcement of its readiness").endsWith("…");
        assertThat(title.length()).isLessThanOrEqualTo(Headline.MAX_TITLE);
        assertThat(title).doesNotContain("  ");
        assertThat(seed("003").title()).startsWith("Pakistan and China Wednesday agreed");
    }

    @Test
    void datelineIsNotPartOfTheTitle() {
        assertThat(seed("002").title()).startsWith("Pakistan Prime Minister Imran Khan");
        assertThat(seed("002").dateline()).isEqualTo("Islamabad");
        assertThat(seed("004").title()).startsWith("Chinese President Xi Jinping said Friday");
        assertThat(seed("004").dateline()).isEqualTo("BEIJING, AUG 21");
    }

    @Test
    void agencyCreditsNameTheSource() {
        assertThat(seed("000").source()).isEqualTo("APP");
        assertThat(seed("002").source()).isEqualTo("PTI");
        assertThat(seed("004").source()).isEqualTo("DNA");
        assertThat(seed("001").source()).isNull();
        assertThat(seed("003").source()).isNull();
    }

    @Test
    void shareButtonsAreKeptOutOfTheReadingView() throws Exception {
        Article article = seeds.open(seed("002").id());
        assertThat(article.body()).endsWith("rising technological prowess of China. PTI");
        assertThat(article.text()).contains("Facebook Twitter WhatsApp Email Print");
    }

    @Test
    void wordCountsAndFingerprintsAreFilled() {
        assertThat(seeds.articles()).allSatisfy(a -> {
            assertThat(a.words()).isBetween(250, 600);
            assertThat(a.fingerprint()).hasSize(24);
        });
    }
}
