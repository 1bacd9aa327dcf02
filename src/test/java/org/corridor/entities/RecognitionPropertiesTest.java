package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.corpus.Article;

/** Invariants of every recognition, on text recombined from seed sentences, odd characters and noise. */
class RecognitionPropertiesTest {

    private static final List<String> PIECES = pieces();

    private static List<String> pieces() {
        List<String> out = new ArrayList<>();
        for (String s : List.of("000", "001", "002", "003", "004")) {
            for (String sentence : Fixtures.seed(s).text().split("(?<=[.!?])\\s+")) {
                out.add(sentence);
            }
        }
        out.addAll(List.of("😀 Xi Jinping 👍🏽 met 𝒜𝓁𝓋𝒾 in 北京 on Friday.", "عمران خان said (NIH) ", "(CPEC",
                "CPEC)", "Mr.", "Prime Minister", ", namely growth,", "2023-", "-24", "AUG", "\r\n\r\n", "\u0301",
                "Ministry of", "’s", "5 Es namely,", "\uD83D", "\uDE00", "e-Pakistan", "U.S.", "—", ""));
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '\u3000').ofMaxLength(12);
        return Arbitraries.oneOf(piece, piece, piece, noise).list().ofMaxSize(40)
                .map(parts -> String.join(" ", parts))
                .flatMap(body -> Arbitraries.of("", " date 2024-02-29 ", " date 1999-12-31 ").map(d -> d + body));
    }

    @Property(tries = 150)
    void spansAreInsideTheBodyAndMatchTheText(@ForAll("texts") String text) {
        Article article = Fixtures.article("p", text.isBlank() ? "x" : text);
        for (Mention m : Fixtures.mentions(article)) {
            assertThat(m.start()).isGreaterThanOrEqualTo(article.bodyStart());
            assertThat(m.end()).isLessThanOrEqualTo(article.bodyEnd()).isGreaterThan(m.start());
            assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(Character.isLowSurrogate(article.text().charAt(m.start()))).isFalse();
        }
    }

    @Property(tries = 150)
    void mentionsOfOneCategoryNeverOverlap(@ForAll("texts") String text) {
        List<Mention> mentions = new ArrayList<>(Fixtures.mentions(Fixtures.article("p", text.isBlank() ? "x" : text)));
        mentions.sort(Comparator.comparing(Mention::category).thenComparingInt(Mention::start));
        for (int i = 1; i < mentions.size(); i++) {
            Mention a = mentions.get(i - 1);
            Mention b = mentions.get(i);
            if (a.category() == b.category()) {
                assertThat(b.start()).as("%s overlaps %s", b, a).isGreaterThanOrEqualTo(a.end());
            }
        }
    }

    @Property(tries = 80)
    void recognitionIsDeterministicAndSorted(@ForAll("texts") String text) {
        Article article = Fixtures.article("p", text.isBlank() ? "x" : text);
        List<Mention> first = Fixtures.mentions(article);
        assertThat(Fixtures.mentions(article)).isEqualTo(first);
        assertThat(first).isSortedAccordingTo(Comparator.comparingInt(Mention::start));
    }
}
