package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.entities.Fixtures.mentions;
import static org.corridor.entities.Fixtures.seed;
import static org.corridor.entities.Fixtures.texts;

import java.util.ArrayList;
import java.util.List;
import org.corridor.corpus.Article;
import org.junit.jupiter.api.Test;

/** What a domain expert marks in the five seed articles. */
class SeedExpectationsTest {

    private static List<Mention> all() {
        List<Mention> out = new ArrayList<>();
        for (String s : List.of("000", "001", "002", "003", "004")) {
            out.addAll(mentions(seed(s)));
        }
        return out;
    }

    @Test
    void theSeedsPeopleArePersons() {
        assertThat(texts(all(), Category.ACTOR, "person")).contains("Sun Weidong", "Amna Baloch", "Ma Zhaoxu",
                "Xi Jinping", "Arif Alvi", "Imran Khan", "Li Keqiang", "Anwaarul Haq Kakar", "Wang Wenbin",
                "Jalil Abbas Jilani", "Sartaj Aziz", "Cheng Guoping", "Sergei Lavrov", "Salahuddin Rabbani",
                "Masood Azhar");
    }

    @Test
    void institutionsAreOrganisations() {
        List<Mention> mentions = all();
        assertThat(texts(mentions, Category.ACTOR, "organisation")).contains("Foreign Office",
                "United Nations Security Council", "NIH", "National Institute of Health", "ETIM",
                "East Turkestan Islamic Movement", "Jaish-e-Muhammad", "JeM");
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo("organisation");
            assertThat(m.label()).isEqualTo("CPC Central Committee");
        });
    }

    @Test
    void surnamesReferBackToTheFullName() {
        List<Mention> seed000 = mentions(seed("000"));
        assertThat(seed000).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Baloch");
            assertThat(m.label()).isEqualTo("Amna Baloch");
        });
        List<Mention> seed002 = mentions(seed("002"));
        assertThat(seed002).filteredOn(m -> m.text().equals("Khan"))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(m -> assertThat(m.label()).isEqualTo("Imran Khan"));
        assertThat(texts(mentions(seed("004")), Category.ACTOR, "person")).contains("Xi", "Alvi");
    }

    @Test
    void cpec20WinsOverCpecAndTheLongNameOverTheCountries() {
        List<Mention> seed000 = mentions(seed("000"));
        assertThat(seed000).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("CPEC 2.0");
            assertThat(m.category()).isEqualTo(Category.INITIATIVE);
            assertThat(m.entityId()).isEqualTo("initiative:cpec-2");
        });
        assertThat(seed000).anySatisfy(m -> assertThat(m.text()).isEqualTo("China Pakistan Economic Corridor 2.0"));
        assertThat(seed000).noneSatisfy(m -> assertThat(m.text()).isEqualTo("2.0"));
        List<Mention> seed001 = mentions(seed("001"));
        Mention corridor = seed001.stream().filter(m -> m.text().equals("China-Pakistan Economic Corridor"))
                .findFirst().orElseThrow();
        assertThat(seed001).noneSatisfy(m -> assertThat(m.start()).isBetween(corridor.start(), corridor.end() - 1)
                .isNotEqualTo(corridor.start()));
    }

    @Test
    void datesAreResolvedAgainstTheArticleDate() {
        assertThat(dates(seed("000"))).contains("Saturday=2025-01-11");
        assertThat(dates(seed("002"))).contains("Thursday=2021-05-20");
        assertThat(dates(seed("004"))).contains("AUG 21=2020-08-21", "Friday=2020-08-21", "Thursday=2020-08-20",
                "2019=2019");
        assertThat(dates(seed("003"))).contains("mid-February=null", "Wednesday=null", "Tuesday=null");
    }

    @Test
    void anniversariesAndTheDateLineAreNotMentions() {
        Article seed002 = seed("002");
        List<Mention> mentions = mentions(seed002);
        assertThat(dates(seed002)).noneMatch(d -> d.startsWith("70"));
        assertThat(mentions).allSatisfy(m -> assertThat(m.start()).isGreaterThanOrEqualTo(seed002.bodyStart()));
        assertThat(mentions).noneSatisfy(m -> assertThat(m.text()).isEqualTo("2021-05-20"));
    }

    private static List<String> dates(Article article) {
        return mentions(article).stream().filter(m -> m.category() == Category.DATE)
                .map(m -> m.text() + "=" + m.normalized()).toList();
    }
}
