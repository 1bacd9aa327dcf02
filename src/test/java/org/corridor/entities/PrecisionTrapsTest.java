package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.entities.Fixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text written to tempt the rules into false hits: cross-heads, ranks, possessives, redefined acronyms. */
class PrecisionTrapsTest {

    private static final String TEXT = " date 2023-03-02 Opening words of the report.\n\n"
            + "Critics Say Deal Lacks Transparency\n\n"
            + "Lt-Gen Nadeem Anjum and Advocate Hafeez Pirzada attended. South Asia Strategic Stability Institute "
            + "director Maria Sultan said China's Global Development Initiative (GDI) matters. Pakistan "
            + "Tehreek-e-Insaf (PTI) chairman Imran Khan criticised the deal; PTI leaders agreed. The Main Line-I "
            + "railway and May Day rallies in Punjab were discussed. \"We Will Not Back Down,\" a banner read. "
            + "Adviser on Commerce Farrukh Danial Wasti and Board of Investment Chairman Qaiser Mehmood Tarar "
            + "met members of the Lahore Chamber of Commerce and Industry.";

    private final List<Mention> mentions = Fixtures.mentionsOf(TEXT);

    @Test
    void titleCaseCrossHeadsAndSloganAreNotNames() {
        assertThat(texts(mentions, Category.ACTOR, "person")).noneMatch(p -> p.contains("Deal")
                || p.contains("Lacks") || p.contains("Back Down") || p.contains("Line"));
    }

    @Test
    void ranksAndProfessionsIntroduceNamesWithoutJoiningThem() {
        assertThat(texts(mentions, Category.ACTOR, "person")).contains("Nadeem Anjum", "Hafeez Pirzada",
                "Maria Sultan", "Imran Khan");
    }

    @Test
    void portfoliosAndTitlesAfterAnOrganisationAreNotPartOfTheNames() {
        assertThat(texts(mentions, Category.ACTOR, "person")).contains("Farrukh Danial Wasti", "Qaiser Mehmood Tarar");
        assertThat(texts(mentions, Category.ACTOR, "organisation")).contains("Board of Investment",
                "Lahore Chamber of Commerce and Industry");
    }

    @Test
    void aPossessiveOwnerIsNotPartOfTheProgrammesName() {
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Global Development Initiative");
            assertThat(m.category()).isEqualTo(Category.INITIATIVE);
        });
        assertThat(texts(mentions, Category.ACTOR, "country")).contains("China");
    }

    @Test
    void anAcronymDefinedInTheArticleWinsOverTheLexiconsReading() {
        assertThat(mentions).filteredOn(m -> m.text().equals("PTI")).hasSize(2)
                .allSatisfy(m -> assertThat(m.label()).isEqualTo("Pakistan Tehreek-e-Insaf"));
    }

    @Test
    void mayDayIsNotADate() {
        assertThat(texts(mentions, Category.DATE, null)).isEmpty();
    }
}
