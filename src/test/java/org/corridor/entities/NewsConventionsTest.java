package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.entities.Fixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Conventions of news copy the rules must read right: datelines, credit lines, dates after names. */
class NewsConventionsTest {

    @Test
    void aCityInCapitalsOpeningTheStoryIsAPlace() {
        List<Mention> colon = Fixtures.mentionsOf(" date 2022-09-04 Flood relief\n\nLAHORE: Relief goods arrived.");
        List<Mention> agency = Fixtures.mentionsOf(" date 2022-09-04 Flood relief\n\n"
                + "PESHAWAR, Sept 3 (APP) - Relief goods arrived.\n\nQUETTA \u2014 More trucks left.");
        assertThat(texts(colon, Category.PLACE, null)).containsExactly("LAHORE");
        assertThat(texts(agency, Category.PLACE, null)).containsExactly("PESHAWAR", "QUETTA");
    }

    @Test
    void aWeekdayOrMonthAfterANameIsADateNotPartOfTheName() {
        List<Mention> m = Fixtures.mentionsOf(" date 2021-03-12 Budget\n\n"
                + "The bill was tabled in the Provincial Assembly on Tuesday. The Sindh Higher Education Commission "
                + "on Wednesday approved grants, and the Lahore Ring Road on Friday opened to traffic. The "
                + "Planning Commission in January had set the target.");
        assertThat(texts(m, Category.ACTOR, "organisation")).contains("Provincial Assembly",
                "Sindh Higher Education Commission", "Planning Commission");
        assertThat(m).noneMatch(x -> x.category() != Category.DATE && x.text().matches(".*(day|January)"));
        assertThat(texts(m, Category.DATE, null)).contains("Tuesday", "Wednesday", "Friday", "January");
    }

    @Test
    void aNameStopsBeforeItsOwnerAPersonOrAPlace() {
        List<Mention> m = Fixtures.mentionsOf(" date 2021-03-12 Security\n\n"
                + "Officers of the Counter Terrorism Wing Division of the Pakistan Army briefed the Monitoring Team "
                + "Committee of the UN Security Council. Peshawar University's Area Study Centre hosted the Planning "
                + "Commission and Foreign Minister Hina Rabbani Khar. The Chinese embassy in Islamabad agreed.");
        assertThat(texts(m, Category.ACTOR, "organisation")).contains("Counter Terrorism Wing Division",
                "Pakistan Army", "Monitoring Team Committee", "UN Security Council", "Peshawar University",
                "Area Study Centre", "Planning Commission", "Chinese embassy");
        assertThat(texts(m, Category.ACTOR, "person")).contains("Hina Rabbani Khar");
        assertThat(texts(m, Category.PLACE, null)).contains("Islamabad");
    }

    @Test
    void creditLinesNameTheirJournalistsAndLetterheadsTheirOrganisations() {
        List<Mention> m = Fixtures.mentionsOf(" date 2021-03-12 Security\n\n"
                + "Islamabad Institute for Conflict Studies\nLahore\n\nThe talks went on.\n\n"
                + "(Reporting by Tariq Mehmood and Ayesha Siddiqa Malik; Editing by Robert Birsel)");
        assertThat(texts(m, Category.ACTOR, "person")).contains("Tariq Mehmood", "Ayesha Siddiqa Malik",
                "Robert Birsel");
        assertThat(texts(m, Category.ACTOR, "organisation")).contains("Islamabad Institute for Conflict Studies");
        assertThat(texts(m, Category.PLACE, null)).contains("Lahore");
    }

    @Test
    void aKnownNameInsideALongerOneIsNotCutAtItsPossessive() {
        List<Mention> m = Fixtures.mentionsOf(" date 2021-03-12 Security\n\n"
                + "Delegates of the National People's Congress Standing Committee arrived. Nepal's Election Commission "
                + "welcomed them.");
        assertThat(texts(m, Category.ACTOR, "organisation")).contains(
                "National People's Congress Standing Committee", "Election Commission");
    }

    @Test
    void ranksStayOutsideKnownPersonsAndAnOfficesHouseIsAPlace() {
        List<Mention> m = Fixtures.mentionsOf(" date 2021-03-12 Security\n\n"
                + "Prime Minister Imran Khan met Dr Arif Alvi and Lt Gen (retd) Asim Saleem Bajwa at PM House. "
                + "Maulana Fazlur Rehman stayed at Governor House.");
        assertThat(texts(m, Category.ACTOR, "person")).contains("Imran Khan", "Arif Alvi", "Maulana Fazlur Rehman")
                .noneMatch(p -> p.contains("House") || p.startsWith("retd"));
        assertThat(texts(m, Category.PLACE, null)).contains("PM House", "Governor House");
    }

    @Test
    void aPartysShortNameMeansTheParty() {
        List<Mention> named = Fixtures.mentionsOf(" date 2019-05-02 Politics\n\n"
                + "NEW DELHI, May 1 (PTI) Talks stalled. Pakistan Tehreek-e-Insaf said it would protest; PTI said "
                + "the date was fixed.");
        List<Mention> roles = Fixtures.mentionsOf(" date 2019-05-02 Politics\n\n"
                + "LAHORE: Police stopped PTI workers, and a PTI lawmaker complained.");
        assertThat(named).filteredOn(m -> m.text().equals("PTI")).extracting(Mention::label)
                .containsExactly("Press Trust of India", "Pakistan Tehreek-e-Insaf");
        assertThat(roles).filteredOn(m -> m.text().equals("PTI")).extracting(Mention::label)
                .containsExactly("Pakistan Tehreek-e-Insaf", "Pakistan Tehreek-e-Insaf");
    }

    @Test
    void aChineseNameIsReferredToByItsFirstWord() {
        List<Mention> m = Fixtures.mentionsOf(" date 2019-05-02 Trade\n\n"
                + "Consul General Zhao Shiren met traders in Lahore. Zhao said exports would grow.");
        assertThat(texts(m, Category.ACTOR, "person")).containsExactly("Zhao Shiren", "Zhao");
    }

    @Test
    void placesPlatformsAndFairsOfTheCoverageAreKnown() {
        List<Mention> m = Fixtures.mentionsOf(" date 2019-05-02 Trade\n\n"
                + "After the attack in Poonch, traders from Murree posted on WeChat and Weibo. Pakistan Post and "
                + "China Post issued stamps for the China International Import Expo; the NPC welcomed it.");
        assertThat(texts(m, Category.PLACE, null)).contains("Poonch", "Murree");
        assertThat(texts(m, Category.ACTOR, "organisation")).contains("WeChat", "Weibo", "Pakistan Post", "China Post",
                "China International Import Expo");
    }

    @Test
    void aDescriptorAfterAKnownInitiativeStaysOutsideItsName() {
        List<Mention> m = Fixtures.mentionsOf(" date 2019-05-02 Trade\n\n"
                + "Work on the ML-1 railway and the 5Es framework continued while the IMF programme was reviewed.");
        assertThat(texts(m, Category.INITIATIVE, null)).contains("ML-1", "5Es");
        assertThat(texts(m, Category.ACTOR, "organisation")).contains("IMF");
    }

    @Test
    void placesListedBeforeAPluralProjectWordAreTheProjects() {
        List<Mention> m = Fixtures.mentionsOf(" date 2019-05-02 Power\n\n"
                + "Engineers flew to Skardu to inspect the Dasu, Mohmand and Tarbela hydropower projects.");
        assertThat(texts(m, Category.INITIATIVE, null)).contains("Dasu", "Mohmand", "Tarbela");
        assertThat(texts(m, Category.PLACE, null)).containsExactly("Skardu");
    }

    @Test
    void governmentWithItsComplementAndNumberedAcronymsInNames() {
        List<Mention> m = Fixtures.mentionsOf(" date 2019-05-02 Health\n\n"
                + "The Government of Sindh asked the Task Force on COVID-19 and the Tharparkar Government Hospital for data.");
        assertThat(texts(m, Category.ACTOR, "organisation")).contains("Government of Sindh",
                "Task Force on COVID-19").noneMatch(o -> o.contains("Tharparkar Government"));
    }

    @Test
    void aNameAfterALabelsColonKeepsItsFirstWord() {
        List<Mention> m = Fixtures.mentionsOf(" date 2019-05-02 Opinion\n\n"
                + "The zones lag behind.\n\nAbout the writer: Sadia Noor Awan teaches economics in Lahore.");
        assertThat(texts(m, Category.ACTOR, "person")).containsExactly("Sadia Noor Awan");
    }
}
