package org.corridor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedPhraseFinderTest {

    private final SharedPhraseFinder finder = new SharedPhraseFinder();

    private List<SharedPhrase> find(String a, String b) {
        return finder.find(a, WordTokens.of(a, 0, a.length()), WordTokens.of(b, 0, b.length()), PhraseFrequency.NONE);
    }

    @Test
    void findsTheMaximalRunDespiteCaseQuotesHyphensAndApostrophes() {
        String a = "Both reaffirmed their all-weather strategic cooperative partnership, and China’s support.";
        String b = "They called it an “All Weather Strategic Cooperative Partnership” and China's support too.";
        List<SharedPhrase> phrases = find(a, b);
        assertThat(phrases).extracting(SharedPhrase::text)
                .containsExactly("all-weather strategic cooperative partnership, and China’s support");
        SharedPhrase p = phrases.get(0);
        assertThat(p.words()).isEqualTo(8);
        assertThat(p.inB()).singleElement().satisfies(s ->
                assertThat(s.of(b)).isEqualTo("All Weather Strategic Cooperative Partnership” and China's support"));
    }

    @Test
    void threeWordRunsAreNotReported() {
        assertThat(find("the two countries agreed", "so the two countries met")).isEmpty();
    }

    @Test
    void aRepeatedPhraseIsOnePhraseWithEveryPlace() {
        String a = "a closer community with a shared future. Again a closer community with a shared future.";
        String b = "build a closer community with a shared future now";
        List<SharedPhrase> phrases = find(a, b);
        assertThat(phrases).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("a closer community with a shared future");
            assertThat(p.inA()).hasSize(2);
            assertThat(p.inB()).hasSize(1);
        });
    }

    @Test
    void identicalTextsGiveOneRunCoveringEverything() {
        String text = "The meeting reviewed cooperation. The meeting reviewed cooperation again and again.";
        List<SharedPhrase> phrases = find(text, text);
        assertThat(phrases.get(0).words()).isEqualTo(WordTokens.of(text, 0, text.length()).size());
        assertThat(phrases.get(0).inA().get(0)).isEqualTo(new Span(0, text.length() - 1));
    }
}
