package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.entities.Fixtures.mentions;
import static org.corridor.entities.Fixtures.mentionsOf;
import static org.corridor.entities.Fixtures.seed;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Members of the 5 Es and of the five corridors count only where the text speaks of their group. */
class GroupContextTest {

    @Test
    void seed000ListsTheFiveCorridorsAndThe5Es() {
        List<Mention> mentions = mentions(seed("000"));
        assertThat(mentions).filteredOn(m -> "cpec2-corridors".equals(m.group())).extracting(Mention::text)
                .containsExactly("growth", "livelihood", "innovation", "open", "green corridor");
        assertThat(mentions).filteredOn(m -> "5Es".equals(m.group())).extracting(Mention::text)
                .containsExactly("Exports", "E-Pakistan", "Energy", "Environment", "Equity");
        assertThat(mentions).filteredOn(m -> m.group() != null)
                .allSatisfy(m -> assertThat(m.category()).isEqualTo(Category.INITIATIVE));
    }

    @Test
    void cleanEnergyInSeed000IsNotHighlighted() {
        String text = seed("000").text();
        int clean = text.indexOf("clean energy");
        assertThat(mentions(seed("000"))).noneSatisfy(m -> assertThat(m.end()).isGreaterThan(clean)
                .isLessThanOrEqualTo(clean + "clean energy".length()));
    }

    @Test
    void plainWordsOutsideAListStayPlain() {
        List<Mention> mentions = mentionsOf("The plan promises economic growth, clean energy and a better "
                + "environment. Open markets bring innovation to exports.");
        assertThat(mentions).noneSatisfy(m -> assertThat(m.category()).isEqualTo(Category.INITIATIVE));
    }

    @Test
    void aFormThatNamesTheGroupCountsAnywhere() {
        List<Mention> mentions = mentionsOf("Officials said the green corridor would cut emissions, while the "
                + "corridor of innovation brings start-ups together.");
        assertThat(mentions).filteredOn(m -> "cpec2-corridors".equals(m.group())).extracting(Mention::text)
                .containsExactly("green corridor", "corridor of innovation");
    }

    @Test
    void aListAfterTheGroupsNameWithAColon() {
        List<Mention> mentions = mentionsOf("The minister explained the 5Es: exports, e-Pakistan, energy, "
                + "environment and equity. He added that energy prices were falling.");
        assertThat(mentions).filteredOn(m -> "5Es".equals(m.group())).extracting(Mention::text)
                .containsExactly("exports", "e-Pakistan", "energy", "environment", "equity");
    }

    @Test
    void capitalisedMembersNearTheGroupsNameAreMembersAndLowerCaseOnesAreNot() {
        List<Mention> mentions = mentionsOf("The minister said the 5Es would steer the budget, with Equity guiding "
                + "social spending. Officials expect Exports to lead while clean energy waits. Energy prices fell.");
        assertThat(mentions).filteredOn(m -> "5Es".equals(m.group())).extracting(Mention::text)
                .containsExactly("Equity", "Exports");
    }
    @Test
    void aLowerCaseEnumerationAfterTheGroupsNameWithoutAnOpenerListsEveryMember() {
        List<Mention> mentions = mentionsOf("Ahsan Iqbal said the 5Es framework of exports, e-Pakistan, environment, "
                + "energy and equity would guide the plan. Later, energy prices rose and exports fell.");
        assertThat(mentions).filteredOn(m -> "5Es".equals(m.group())).extracting(Mention::text)
                .containsExactly("exports", "e-Pakistan", "environment", "energy", "equity");
    }

    @Test
    void aLowerCaseEnumerationOfTheCorridorsListsEveryCorridor() {
        List<Mention> mentions = mentionsOf("CPEC 2.0 will focus on five corridors: growth, livelihood, innovation, "
                + "green and open. Growth in the region was slow and the market stayed open.");
        assertThat(mentions).filteredOn(m -> "cpec2-corridors".equals(m.group())).extracting(Mention::text)
                .containsExactly("growth", "livelihood", "innovation", "green", "open");
        List<Mention> inSentenceOrder = mentionsOf("The five corridors of growth, livelihood, innovation, green "
                + "and open development were agreed in 2024.");
        assertThat(inSentenceOrder).filteredOn(m -> "cpec2-corridors".equals(m.group())).extracting(Mention::text)
                .containsExactly("growth", "livelihood", "innovation", "green", "open");
    }

    @Test
    void ordinaryLowerCaseWordsNearTheGroupsNameButOutsideAnEnumerationStayPlain() {
        List<Mention> mentions = mentionsOf("The 5Es were discussed while energy prices rose. Officials said "
                + "the five corridors would lift growth and trade.");
        assertThat(mentions).filteredOn(m -> m.group() != null).isEmpty();
    }
}
