package org.corridor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Parser rules on text written for the purpose, beyond the five seeds. */
class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    private ArticleMeta parse(String text) {
        return parser.parse("x", Path.of("x.txt"), text).meta();
    }

    @Test
    void wireDatelinesInSeveralHouseStyles() {
        ArticleMeta a = parse("ISLAMABAD, Jan 5 (APP): The federal cabinet approved the plan on Monday.");
        assertThat(a.dateline()).isEqualTo("ISLAMABAD, Jan 5");
        assertThat(a.source()).isEqualTo("APP");
        assertThat(a.title()).isEqualTo("The federal cabinet approved the plan on Monday");

        ArticleMeta b = parse("BEIJING (Xinhua) -- China and Pakistan signed nine agreements.");
        assertThat(b.dateline()).isEqualTo("BEIJING");
        assertThat(b.source()).isEqualTo("Xinhua");

        ArticleMeta c = parse("Gwadar: Work on the new airport is complete.\n\nMore text follows here.");
        assertThat(c.dateline()).isEqualTo("Gwadar");
        assertThat(c.title()).isEqualTo("Work on the new airport is complete");
    }

    @Test
    void ordinaryOpeningsAreNotDatelines() {
        assertThat(parse("Pakistan - China ties deepen as talks end.").dateline()).isNull();
        assertThat(parse("Update: the meeting was postponed.").dateline()).isNull();
        // a quoted speaker heading the story is no place
        ArticleMeta speaker = parse("Premier Li Qiang: talks on Gwadar Port expansion end with pledges\n\nText.");
        assertThat(speaker.dateline()).isNull();
        assertThat(speaker.title()).startsWith("Premier Li Qiang: talks on Gwadar Port");
        assertThat(parse("President Zardari: We will protect every Chinese worker.").dateline()).isNull();
        assertThat(parse("Beijing: talks on the corridor ended.").dateline()).isNull();
        // while a shouted place or one with a date still is, whatever follows
        assertThat(parse("KARACHI: talks ended on Monday.").dateline()).isEqualTo("KARACHI");
        assertThat(parse("Quetta: 12 workers were hurt.").dateline()).isEqualTo("Quetta");
    }

    @Test
    void creditsAtTheEnd() {
        assertThat(parse("Talks ended well.\n\nBoth sides agreed.—NNI").source()).isEqualTo("NNI");
        assertThat(parse("Talks ended well. Reuters").source()).isEqualTo("Reuters");
        assertThat(parse("Talks ended well.\n\nSource: Xinhua").source()).isEqualTo("Xinhua");
        assertThat(parse("The project is a well-known example").source()).isNull();
        assertThat(parse("He met the press. Later").source()).isNull();
    }

    @Test
    void aLongFirstParagraphIsNoHeadline() {
        String text = "The minister said the corridor would create jobs. He added that work would start soon. "
                + "Officials agreed.\n\nSecond paragraph.";
        assertThat(parse(text).title()).isEqualTo("The minister said the corridor would create jobs");
    }

    @Test
    void aShortLineBeforeABlankLineIsAHeadline() {
        ArticleMeta a = parse("Gwadar airport opens\n\nThe new airport opened on Friday.");
        assertThat(a.title()).isEqualTo("Gwadar airport opens");
    }

    @Test
    void aBrokenDateMarkerLeavesTheArticleUndatedAndOutOfTheBody() {
        Article a = parser.parse("x", Path.of("x.txt"), " date 2024-13-45 Text of the article.");
        assertThat(a.meta().date()).isNull();
        assertThat(a.body()).isEqualTo("Text of the article.");
    }

    @Test
    void crlfFilesParseLikeLfFiles() {
        Article a = parser.parse("x", Path.of("x.txt"),
                " date 2024-02-01 Headline here\r\n\r\nBody one.\r\n\r\nBody two.—APP\r\n\r\nFacebook Twitter\r\n");
        assertThat(a.meta().title()).isEqualTo("Headline here");
        assertThat(a.meta().source()).isEqualTo("APP");
        assertThat(a.body()).isEqualTo("Body one.\r\n\r\nBody two.—APP");
    }

    @Test
    void aTextWithNoWordsFallsBackToTheFileName() {
        assertThat(parser.parse("x", Path.of("dir/report-7.txt"), "…").meta().title()).isEqualTo("…");
        assertThat(parser.parse("x", Path.of("dir/report-7.txt"), " date 2024-01-01 ").meta().title())
                .isEqualTo("report-7");
    }
    @Test
    void aBylineIsNeverTheTitle() {
        ArticleMeta first = parse("By Amna Baloch\n\nISLAMABAD: The federal cabinet approved the plan on Monday. "
                + "It meets again next week.");
        assertThat(first.title()).isEqualTo("The federal cabinet approved the plan on Monday");
        assertThat(first.dateline()).isEqualTo("ISLAMABAD");

        ArticleMeta beforeHeadline = parse("By Staff Reporter\n\nChina and Pakistan sign nine agreements\n\n"
                + "The agreements cover roads, ports and power.");
        assertThat(beforeHeadline.title()).isEqualTo("China and Pakistan sign nine agreements");

        ArticleMeta onItsOwnLine = parse("BY OUR CORRESPONDENT\nThe corridor's new phase began on Monday. More text.");
        assertThat(onItsOwnLine.title()).isEqualTo("The corridor's new phase began on Monday");
    }

    @Test
    void aSentenceOpeningWithByStaysTheTitle() {
        assertThat(parse("By 2030, Pakistan plans to double its exports.\n\nMore text.").title())
                .startsWith("By 2030, Pakistan plans to double its exports");
        assertThat(parse("By Monday the talks had ended\n\nBoth sides agreed.").title())
                .isEqualTo("By Monday the talks had ended");
    }

    @Test
    void anUntitledArticlesHeadingIsItsWholeFirstSentenceWhileItsListTitleIsShortened() {
        String sentence = "Pakistan Prime Minister Imran Khan and Chinese Premier Li Keqiang held telephonic talks "
                + "on Thursday and reaffirmed their resolve to deepen strategic cooperation";
        Article article = parser.parse("x", Path.of("x.txt"), "By Amna Baloch\n\nIslamabad: " + sentence
                + ". The talks lasted an hour.");
        assertThat(article.meta().title()).endsWith("…").hasSizeLessThan(sentence.length());
        assertThat(article.heading()).isEqualTo(sentence);

        Article titled = parser.parse("y", Path.of("y.txt"), "China and Pakistan sign nine agreements\n\n" + sentence);
        assertThat(titled.heading()).isEqualTo("China and Pakistan sign nine agreements");
    }
}
