package org.corridor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;
import org.junit.jupiter.api.Test;

/** Hand-built mention lists: the comparison must not depend on how a recogniser found them. */
class EntityOverlapTest {

    private final EntityOverlap overlap = new EntityOverlap();

    private static Mention person(int start, String text, String id, String label) {
        return new Mention(Category.ACTOR, "person", start, start + text.length(), text, id, label, null, null);
    }

    private static Mention member(int start, String text, String group) {
        return new Mention(Category.INITIATIVE, "member", start, start + text.length(), text, null, text, group, null);
    }

    private static Mention date(int start, String text, String iso) {
        return new Mention(Category.DATE, "relative", start, start + text.length(), text, null, null, null, iso);
    }

    private static CategoryOverlap category(EntityOverlap.Result r, Category c) {
        return r.categories().stream().filter(o -> o.category() == c).findFirst().orElseThrow();
    }

    @Test
    void sortsEntitiesIntoBothOnlyAAndOnlyBByCanonicalId() {
        List<Mention> a = List.of(person(0, "Sun Weidong", "person:sun-weidong", "Sun Weidong"),
                person(30, "Arif Alvi", "person:arif-alvi", "Arif Alvi"));
        List<Mention> b = List.of(person(5, "Xi Jinping", "person:xi-jinping", "Xi Jinping"),
                person(40, "Alvi", "person:arif-alvi", "Arif Alvi"),
                person(60, "Xi", "person:xi-jinping", "Xi Jinping"));
        CategoryOverlap actors = category(overlap.compare(a, b), Category.ACTOR);
        assertThat(actors.both()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Arif Alvi");
            assertThat(e.countA()).isEqualTo(1);
            assertThat(e.inB()).containsExactly(new Span(40, 44));
        });
        assertThat(actors.onlyA()).extracting(EntityCount::label).containsExactly("Sun Weidong");
        assertThat(actors.onlyB()).extracting(EntityCount::label).containsExactly("Xi Jinping");
        assertThat(actors.onlyB().get(0).countB()).isEqualTo(2);
    }

    @Test
    void unknownEntitiesMatchByNormalisedTextAndDatesByTheirDay() {
        Mention gbA = new Mention(Category.PLACE, "region", 0, 16, "Gilgit-Baltistan", null, null, null, null);
        Mention gbB = new Mention(Category.PLACE, "region", 3, 19, "gilgit baltistan", null, null, null, null);
        EntityOverlap.Result r = overlap.compare(List.of(gbA, date(20, "Saturday", "2025-01-11")),
                List.of(gbB, date(30, "January 11", "2025-01-11"), date(50, "today", null)));
        assertThat(category(r, Category.PLACE).both()).extracting(EntityCount::label).containsExactly("Gilgit-Baltistan");
        CategoryOverlap dates = category(r, Category.DATE);
        assertThat(dates.both()).extracting(EntityCount::label).containsExactly("2025-01-11");
        assertThat(dates.onlyB()).extracting(EntityCount::label).containsExactly("today");
    }

    @Test
    void listsTheGroupMembersEachArticleMentions() {
        List<Mention> a = List.of(member(0, "Exports", "5Es"), member(10, "Energy", "5Es"),
                member(20, "green corridor", "cpec2-corridors"));
        EntityOverlap.Result r = overlap.compare(a, List.of());
        assertThat(r.groups()).extracting(GroupOverlap::group).containsExactly("5Es", "cpec2-corridors");
        assertThat(r.groups().get(0).membersA()).containsExactly("Exports", "Energy");
        assertThat(r.groups().get(0).membersB()).isEmpty();
    }

    @Test
    void noMentionsGiveEmptyColumnsForEveryCategory() {
        EntityOverlap.Result r = overlap.compare(List.of(), List.of());
        assertThat(r.categories()).hasSize(Category.values().length)
                .allSatisfy(c -> assertThat(c.both()).isEmpty());
        assertThat(r.groups()).isEmpty();
    }
}
