package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date grammar, resolved against an article dated Friday 2023-07-14 (or undated). */
class DateGrammarTest {

    private static List<String> dates(String body, String isoDate) {
        String text = (isoDate == null ? "" : " date " + isoDate + " ") + "Officials spoke. " + body;
        return Fixtures.mentionsOf(text).stream().filter(m -> m.category() == Category.DATE)
                .map(m -> m.text() + "=" + m.normalized()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The deal was signed on 2022-03-05 in Beijing.|2022-03-05=2022-03-05",
        "BEIJING, AUG 21 (DNA) - The envoy arrived.|AUG 21=2023-08-21",
        "It was signed on 21 August 2020 at noon.|21 August 2020=2020-08-21",
        "It was signed on August 21, 2020 at noon.|August 21, 2020=2020-08-21",
        "It was signed on 21st of August, they said.|21st of August=2023-08-21",
        "Talks will be held from November 2 to 5 in Islamabad.|November 2 to 5=2023-11-02/2023-11-05",
        "Talks were held on 2-5 March.|2-5 March=2023-03-02/2023-03-05",
        "The meeting is planned for mid-February.|mid-February=2024-02",
        "The plan was approved in August 2020.|August 2020=2020-08",
        "The corridor was launched in 2015.|2015=2015",
        "The budget for 2023-24 was approved.|2023-24=2023/2024",
        "He left the city yesterday.|yesterday=2023-07-13",
        "He arrives today.|today=2023-07-14",
        "Exports fell last year.|last year=2022",
        "The minister spoke on Saturday.|Saturday=2023-07-08",
        "The minister spoke on Friday.|Friday=2023-07-14",
        "The minister will speak on Saturday.|Saturday=2023-07-15",
        "They met last Friday.|last Friday=2023-07-07",
        "He will hold talks with the visiting minister and his two deputies in the capital on Sunday.|Sunday=2023-07-16",
        "The summit will be held on Saturday.|Saturday=2023-07-15",
        "They meet next Friday.|next Friday=2023-07-21",
        "The plan was agreed in December.|December=2022-12",
        "Work began in April last year.|April last year=2022-04",
        "Talks ran from March to May.|March=2023-03;May=2023-05",
        "The budget for FY25 was approved.|FY25=2024/2025",
        "Ties were weaker in the 1990s.|1990s=199",
        "The envoy arrives early next month.|early next month=2023-08",
        "Prices rose earlier this month.|earlier this month=2023-07",
        "A review is due later this year.|later this year=2023",
        "The fair ran from June 28 to July 2 in Lahore.|June 28 to July 2=2023-06-28/2023-07-02",
        "Imports fell in the September-March period.|September-March=2022-09/2023-03",
        "The FY2021-22 accounts were audited.|FY2021-22=2021/2022",
        "Growth slowed last fiscal year.|last fiscal year=2022/2023",
        "Growth will pick up next fiscal year.|next fiscal year=2024/2025",
        "They recalled the January attack on the convoy.|January=2023-01",
        "The line must be finished before November.|November=2023-11",
        "The line was finished before November.|November=2022-11",
    })
    void resolvesAgainstTheArticleDate(String body, String expected) {
        assertThat(dates(body, "2023-07-14")).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister spoke on Saturday.|Saturday=null",
        "Exports fell last year.|last year=null",
        "The meeting is planned for mid-February.|mid-February=null",
        "It was signed on 21 August 2020 at noon.|21 August 2020=2020-08-21",
    })
    void withoutAnArticleDateRelativeDatesStayUnresolved(String body, String expected) {
        assertThat(dates(body, null)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They marked the 70th anniversary of relations.",
        "About 2000 people attended the rally.",
        "Inflation reached 2019.5 points, up 2015% in a decade.",
        "The COVID-19 pandemic slowed ML-1 and CPEC 2.0.",
        "You may go, said the March organisers.",
        "See circular No. 41/2021 for details.",
    })
    void numbersThatAreNotDates(String body) {
        assertThat(dates(body, "2023-07-14")).isEmpty();
    }
}
