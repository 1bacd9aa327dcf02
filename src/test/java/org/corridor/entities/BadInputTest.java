package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.junit.jupiter.api.Test;

/** Empty, huge and non-Latin texts. */
class BadInputTest {

    private static Article raw(String text) {
        ArticleMeta meta = new ArticleMeta("raw", "raw", LocalDate.of(2024, 1, 5), null, null, 0, "raw", "raw");
        return new Article(meta, text, 0, text.length());
    }

    @Test
    void emptyTextHasNoMentions() {
        assertThat(Fixtures.recogniser().recognise(raw(""))).isEmpty();
        assertThat(Fixtures.recogniser().recognise(raw(" \n\n\t "))).isEmpty();
    }

    @Test
    void emojiAndOtherScriptsKeepOffsetsRight() {
        String text = "👩🏽‍💼 وزیر اعظم Prime Minister Imran Khan 🇵🇰 met 李克强 and Chinese Premier Li Keqiang in "
                + "Islamabad on Friday 🎉; 中巴经济走廊 means China-Pakistan Economic Corridor (CPEC) 🚄.";
        Article article = raw(text);
        List<Mention> mentions = Fixtures.recogniser().recognise(article);
        assertThat(mentions).extracting(Mention::text).contains("Imran Khan", "Li Keqiang", "Islamabad", "Friday",
                "China-Pakistan Economic Corridor", "CPEC");
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        Mention friday = mentions.stream().filter(m -> m.text().equals("Friday")).findFirst().orElseThrow();
        assertThat(friday.start()).isEqualTo(text.indexOf("Friday"));
        assertThat(friday.normalized()).isEqualTo("2024-01-05");
    }

    @Test
    void twentyMegabytesOfText() {
        // News density: a handful of names in a paragraph of ordinary prose, emoji and another script included.
        String paragraph = "Prime Minister Shehbaz Sharif met President Xi Jinping in Beijing on 21 August 2023 to "
                + "discuss CPEC 2.0, the ML-1 railway and the Gwadar port. 😀 北京 The two sides agreed that the "
                + "work done so far had been useful and that more remained to be done, in particular on the "
                + "questions of financing, of security for the workers on the sites, and of the pace at which "
                + "the smaller projects would be completed over the coming years, officials said after talks.\n\n";
        StringBuilder sb = new StringBuilder(20 * 1024 * 1024 + paragraph.length());
        while (sb.length() < 20 * 1024 * 1024) {
            sb.append(paragraph);
        }
        String text = sb.toString();
        List<Mention> mentions = Fixtures.recogniser().recognise(raw(text));
        int paragraphs = text.length() / paragraph.length();
        assertThat(mentions).hasSizeGreaterThanOrEqualTo(paragraphs * 6);
        Mention last = mentions.get(mentions.size() - 1);
        assertThat(text.substring(last.start(), last.end())).isEqualTo(last.text());
    }
}
