package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.entities.Fixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text written for this test with people, organisations and places that no lexicon lists. */
class UnlistedNamesTest {

    private static final String TEXT = " date 2023-07-14 KARACHI: Provincial Minister for Industries Zubair Qadeer "
            + "Mallick said on Monday that the Dhabeji Special Economic Zone would attract investors next year.\n\n"
            + "Speaking at a ceremony organised by the Sindh Board of Investment, Mallick said the zone was part of "
            + "the plan. Federal Secretary for Maritime Affairs Tahira Qureshi also attended.\n\n"
            + "Farhat Naseem Kiani, the deputy director of the board, told reporters that the Karachi Fisheries "
            + "Trust (KFT) and the Thatta Irrigation Authority had agreed a plan. KFT officials said work would "
            + "start soon.\n\nLater, Professor Lin Xiaohua of Qinling Polytechnic University said the Joint Survey "
            + "Mechanism would meet again. The meeting was attended by Fawad Karim Baig and Ayesha Noor Khattak "
            + "among others. Baig said the results were good.";

    private final List<Mention> mentions = Fixtures.mentionsOf(TEXT);

    @Test
    void peopleAfterTitlesInAppositionAndInTheMiddleOfASentence() {
        assertThat(texts(mentions, Category.ACTOR, "person")).contains("Zubair Qadeer Mallick", "Tahira Qureshi",
                "Farhat Naseem Kiani", "Lin Xiaohua", "Fawad Karim Baig", "Ayesha Noor Khattak");
        assertThat(mentions).filteredOn(m -> m.text().equals("Zubair Qadeer Mallick"))
                .allSatisfy(m -> assertThat(m.entityId()).isNull());
    }

    @Test
    void surnamesReferBackToUnlistedPeople() {
        assertThat(mentions).filteredOn(m -> m.text().equals("Mallick"))
                .singleElement().satisfies(m -> assertThat(m.label()).isEqualTo("Zubair Qadeer Mallick"));
        assertThat(mentions).filteredOn(m -> m.text().equals("Baig"))
                .singleElement().satisfies(m -> assertThat(m.label()).isEqualTo("Fawad Karim Baig"));
    }

    @Test
    void organisationNamePatternsAndAcronymDefinitions() {
        assertThat(texts(mentions, Category.ACTOR, "organisation")).contains("Sindh Board of Investment",
                "Karachi Fisheries Trust", "KFT", "Thatta Irrigation Authority", "Qinling Polytechnic University");
        assertThat(mentions).filteredOn(m -> m.text().equals("KFT")).hasSize(2)
                .allSatisfy(m -> assertThat(m.label()).isEqualTo("Karachi Fisheries Trust"));
    }

    @Test
    void initiativeNamePatterns() {
        assertThat(texts(mentions, Category.INITIATIVE, null)).contains("Dhabeji Special Economic Zone",
                "Joint Survey Mechanism");
    }

    @Test
    void sentenceOpenersAndCommonWordsAreNotNames() {
        List<String> persons = texts(mentions, Category.ACTOR, "person");
        assertThat(persons).noneMatch(p -> p.startsWith("Speaking") || p.startsWith("Later")
                || p.startsWith("Federal") || p.contains("Industries") || p.startsWith("Professor"));
    }
}
