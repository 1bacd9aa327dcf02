package org.corridor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.corpus.Article;
import org.corridor.corpus.Corpus;
import org.corridor.common.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparerTest {

    private static Corpus corpus;
    private static Comparer comparer;

    @BeforeAll
    static void indexSeeds() throws Exception {
        corpus = Seeds.corpus();
        comparer = new Comparer(CorpusShingles.build(corpus, ProgressListener.NONE));
    }

    @Test
    void seeds000And002ShareTheAllWeatherFormulaWhichFourSeedsUse() throws Exception {
        Article a = Seeds.open(corpus, "000");
        Article b = Seeds.open(corpus, "002");
        Comparison c = comparer.compare(a, List.of(), b, List.of());
        SharedPhrase formula = c.sharedPhrases().stream()
                .filter(p -> p.text().equals("all-weather strategic cooperative partnership"))
                .findFirst().orElseThrow();
        assertThat(formula.words()).isEqualTo(5);
        assertThat(formula.corpusFrequency()).as("000, 001, 002 and 004 use it").isEqualTo(4);
        assertThat(formula.inA()).allSatisfy(s -> assertThat(s.start()).isBetween(a.bodyStart(), a.bodyEnd()));
        assertThat(formula.inB()).singleElement()
                .satisfies(s -> assertThat(s.of(b.text())).isEqualTo("all-weather strategic cooperative partnership"));
        assertThat(c.a().id()).isEqualTo(a.id());
        assertThat(c.daysBetween()).isEqualTo(-1333L);
        assertThat(c.similarity()).isBetween(0.05, 0.9);
    }

    @Test
    void alignedSentencesPairTheSentencesThatCarryTheFormula() throws Exception {
        Article a = Seeds.open(corpus, "000");
        Article b = Seeds.open(corpus, "004");
        Comparison c = comparer.compare(a, List.of(), b, List.of());
        assertThat(c.alignedSentences()).isNotEmpty();
        assertThat(c.alignedSentences()).allSatisfy(p -> {
            assertThat(p.score()).isBetween(SentenceAligner.THRESHOLD, 1.0);
            assertThat(p.inA().start()).isGreaterThanOrEqualTo(a.bodyStart());
            assertThat(p.inB().end()).isLessThanOrEqualTo(b.bodyEnd());
        });
        AlignedSentence first = c.alignedSentences().get(0);
        assertThat(first.inA().of(a.text())).contains("all-weather strategic cooperative partnership");
        assertThat(first.inB().of(b.text())).contains("all-weather strategic cooperative partnership");
    }

    @Test
    void identicalArticlesAlignEverySentenceWithItself() throws Exception {
        Article a = Seeds.open(corpus, "001");
        Comparison c = comparer.compare(a, List.of(), a, List.of());
        assertThat(c.similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.alignedSentences()).hasSize(c.a().sentences())
                .allSatisfy(p -> assertThat(p.inA()).isEqualTo(p.inB()));
        SharedPhrase whole = c.sharedPhrases().get(0);
        assertThat(whole.words()).isEqualTo(c.a().words());
        assertThat(whole.corpusFrequency()).isEqualTo(1);
        assertThat(c.daysBetween()).isZero();
    }

    @Test
    void articlesWithNothingInCommonShareNothing() {
        Article a = Seeds.article("x", "Gwadar port handled more ships this spring than ever before.");
        Article b = Seeds.article("y", "Football clubs in Lahore celebrated a record season yesterday evening.");
        Comparison c = comparer.compare(a, List.of(), b, List.of());
        assertThat(c.sharedPhrases()).isEmpty();
        assertThat(c.alignedSentences()).isEmpty();
        assertThat(c.similarity()).isZero();
        assertThat(c.daysBetween()).as("neither has a date").isNull();
    }

    @Test
    void anEmptyArticleComparesWithoutFailing() throws Exception {
        Article empty = Seeds.article("empty", "");
        Article b = Seeds.open(corpus, "003");
        Comparison c = comparer.compare(empty, List.of(), b, List.of());
        assertThat(c.a().sentences()).isZero();
        assertThat(c.sharedPhrases()).isEmpty();
        assertThat(c.alignedSentences()).isEmpty();
        assertThat(c.similarity()).isZero();
        assertThat(comparer.compare(b, List.of(), empty, List.of()).alignedSentences()).isEmpty();
    }

    @Test
    void veryLongArticlesFindTheParagraphTheyShare() throws Exception {
        String shared = "Wire copy: the joint committee approved nine new projects in the special economic zones.";
        String longA = LongTexts.build(corpus, 60_000, 1) + "\n\n" + shared + "\n\n" + LongTexts.build(corpus, 10_000, 2);
        String longB = LongTexts.build(corpus, 20_000, 3) + "\n\n" + shared;
        Article a = Seeds.article("long-a", longA);
        Article b = Seeds.article("long-b", longB);
        Comparison c = comparer.compare(a, List.of(), b, List.of());
        SharedPhrase wire = c.sharedPhrases().stream()
                .filter(p -> p.text().startsWith("Wire copy")).findFirst().orElseThrow();
        assertThat(wire.text()).isEqualTo(shared.substring(0, shared.length() - 1));
        assertThat(wire.corpusFrequency()).isZero();
        assertThat(c.alignedSentences()).anySatisfy(p -> {
            assertThat(p.inA().of(longA)).isEqualTo(shared);
            assertThat(p.inB().of(longB)).isEqualTo(shared);
        });
    }

    @Test
    void aRepeatedComparisonComesFromTheCache() throws Exception {
        Article a = Seeds.open(corpus, "000");
        Article b = Seeds.open(corpus, "002");
        assertThat(comparer.compare(a, List.of(), b, List.of())).isSameAs(comparer.compare(a, List.of(), b, List.of()));
    }
    @Test
    void sentencesThatOnlyShareTheTopicAreNotAlignedWhileARewordedFactIs() throws Exception {
        Article a = Seeds.open(corpus, "003");
        Article b = Seeds.open(corpus, "004");
        Comparison c = comparer.compare(a, List.of(), b, List.of());
        assertThat(c.alignedSentences()).noneSatisfy(p -> assertThat(p.inA().of(a.text()))
                .contains("PAKISTAN TO SUPPORT CHINA ON CORE ISSUES"));
        for (String[] pair : new String[][] {{"000", "001"}, {"000", "003"}, {"001", "002"}, {"002", "004"}}) {
            Comparison other = comparer.compare(Seeds.open(corpus, pair[0]), List.of(), Seeds.open(corpus, pair[1]),
                    List.of());
            assertThat(other.alignedSentences()).as(pair[0] + " with " + pair[1])
                    .allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(0.25));
        }

        Article left = Seeds.open(corpus, "002");
        Comparison reworded = comparer.compare(left, List.of(), a, List.of());
        assertThat(reworded.alignedSentences()).anySatisfy(p -> {
            assertThat(p.inA().of(left.text())).contains("momentum of high level exchanges");
            assertThat(p.inB().of(a.text())).contains("momentum of high-level contacts");
        });
    }
}
