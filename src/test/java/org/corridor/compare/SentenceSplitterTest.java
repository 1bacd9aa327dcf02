package org.corridor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsPlainSentencesAndTrimsSpace() {
        assertThat(sentences("  Pakistan and China met. They agreed!  Did they? Yes.  "))
                .containsExactly("Pakistan and China met.", "They agreed!", "Did they?", "Yes.");
    }

    @Test
    void titlesAndRanksDoNotEndASentence() {
        assertThat(sentences("Mr. Khan met Dr. Ali and Gen. Bajwa. Lt. Gen. Asim Munir was there."))
                .containsExactly("Mr. Khan met Dr. Ali and Gen. Bajwa.", "Lt. Gen. Asim Munir was there.");
    }

    @Test
    void numberAbbreviationsHoldOnlyBeforeANumber() {
        assertThat(sentences("He was No. 1 on Jan. 12 last year. The answer was no. Then he left."))
                .containsExactly("He was No. 1 on Jan. 12 last year.", "The answer was no.", "Then he left.");
    }

    @Test
    void dottedAcronymsEndASentenceOnlyBeforeAnOpener() {
        assertThat(sentences("The U.S. envoy met the U.A.E. minister. Talks moved to the U.S. The rest waited."))
                .containsExactly("The U.S. envoy met the U.A.E. minister.", "Talks moved to the U.S.",
                        "The rest waited.");
    }

    @Test
    void initialsStayInsideTheName() {
        assertThat(sentences("J. K. Rowling wrote it. A. Q. Khan denied it."))
                .containsExactly("J. K. Rowling wrote it.", "A. Q. Khan denied it.");
    }

    @Test
    void decimalsAndPercentagesNeverSplit() {
        assertThat(sentences("CPEC 2.0 grew 3.5% in 2023. Trade reached $1.2 billion."))
                .containsExactly("CPEC 2.0 grew 3.5% in 2023.", "Trade reached $1.2 billion.");
    }

    @Test
    void quotesCloseTheSentenceOrContinueIt() {
        assertThat(sentences("“We will win.” The crowd cheered. “Is it over?” he asked. She said \"yes.\" Then silence."))
                .containsExactly("“We will win.”", "The crowd cheered.", "“Is it over?” he asked.",
                        "She said \"yes.\"", "Then silence.");
    }

    @Test
    void ellipsisEndsASentenceOnlyBeforeACapital() {
        assertThat(sentences("He paused... and went on. Then… Silence."))
                .containsExactly("He paused... and went on.", "Then…", "Silence.");
    }

    @Test
    void headingsAndBlankLinesEndSentencesWithoutAStop() {
        String text = "PAKISTAN TO SUPPORT CHINA\nDuring the meeting, both sides spoke\nof trade. More followed\n\n"
                + "A paragraph without a stop\n\nNext one.";
        assertThat(sentences(text)).containsExactly("PAKISTAN TO SUPPORT CHINA",
                "During the meeting, both sides spoke\nof trade.", "More followed", "A paragraph without a stop",
                "Next one.");
    }

    @Test
    void spansStayInsideTheRequestedRange() {
        String text = "Headline here. Body one. Body two. Footer text.";
        int from = text.indexOf("Body one");
        int to = text.indexOf("Footer");
        List<Span> spans = splitter.split(text, from, to);
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("Body one.", "Body two.");
        assertThat(spans).allSatisfy(s -> assertThat(s.start()).isGreaterThanOrEqualTo(from));
    }

    @Test
    void emptyAndPunctuationOnlyTextHasNoSentences() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences(" \n\n *** \n")).isEmpty();
    }
}
