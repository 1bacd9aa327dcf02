package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;
import org.corridor.entities.Recogniser;
import org.junit.jupiter.api.Test;

class EntityTableExporterTest extends NotesFixtureTest {

    /** Mentions of the real surface texts of each article, as a recogniser would report them. */
    private static List<Mention> mentions(Article article) {
        String text = article.text();
        List<Mention> list = new ArrayList<>();
        add(list, text, "Pakistan", Category.ACTOR, "country", "country:pakistan", "Pakistan", null);
        add(list, text, "China", Category.ACTOR, "country", "country:china", "China", null);
        add(list, text, "CPEC", Category.INITIATIVE, "programme", "initiative:cpec", "China-Pakistan Economic Corridor", null);
        add(list, text, "Sartaj Aziz", Category.ACTOR, "person", null, null, null);
        return list;
    }

    private static void add(List<Mention> list, String text, String surface, Category category, String kind,
                            String id, String label, String group) {
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            list.add(new Mention(category, kind, at, at + surface.length(), surface, id, label, group, null));
        }
    }

    @Test
    void countsMentionsAndArticlesPerEntityMostMentionedFirst() throws Exception {
        Recogniser recogniser = EntityTableExporterTest::mentions;
        ExportJob job = new ExportJob(fixture.notes.codebook(), ExportScope.all().selectArticles(fixture.notes, fixture.corpus),
                ArticleTexts.of(fixture.corpus), ExportOptions.defaults(), NotesFixture.EXPORTED_AT, "all articles");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new EntityTableExporter(recogniser).write(job, out, ProgressListener.NONE);

        List<List<String>> rows = Rfc4180Reader.read(out.toString(StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(EntityTableExporter.HEADER);
        Map<String, List<String>> byName = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byName.put(r.get(0), r));
        assertThat(byName.get("China-Pakistan Economic Corridor").subList(1, 4)).containsExactly("initiative", "programme", "");
        assertThat(byName.get("Sartaj Aziz").get(5)).isEqualTo("1");
        assertThat(byName.get("Pakistan").get(5)).isEqualTo("5");
        int pakistanMentions = 0;
        for (String id : fixture.corpus.articles().stream().map(a -> a.id()).toList()) {
            String text = fixture.corpus.open(id).text();
            pakistanMentions += text.split("Pakistan", -1).length - 1;
        }
        assertThat(byName.get("Pakistan").get(4)).isEqualTo(Integer.toString(pakistanMentions));
        List<Integer> counts = rows.subList(1, rows.size()).stream().map(r -> Integer.parseInt(r.get(4))).toList();
        assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void unlinkedMentionsCountByTheirTextIgnoringCase() {
        Map<String, EntityTableExporter.Row> rows = new LinkedHashMap<>();
        EntityTableExporter.count(rows, "a", List.of(
                new Mention(Category.PLACE, "port", 0, 6, "Gwadar", null, null, null, null),
                new Mention(Category.PLACE, "port", 10, 16, "GWADAR", null, null, null, null)));
        EntityTableExporter.count(rows, "b", List.of(
                new Mention(Category.PLACE, "port", 0, 6, "Gwadar", null, null, null, null),
                new Mention(Category.INITIATIVE, "member", 0, 6, "Gwadar", null, null, "5Es", null)));

        List<EntityTableExporter.Row> sorted = EntityTableExporter.sorted(rows);

        assertThat(sorted).hasSize(2);
        assertThat(sorted.get(0).mentions).isEqualTo(3);
        assertThat(sorted.get(0).articles).isEqualTo(Set.of("a", "b"));
        assertThat(sorted.get(1).group).isEqualTo("5Es");
    }
}
