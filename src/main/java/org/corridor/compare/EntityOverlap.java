package org.corridor.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;

/**
 * Sorts the entities of two mention lists into both / only A / only B per category, and lists which members
 * of each initiative group the two articles mention. Mentions are matched by canonical entity, so "Xi" and
 * "Xi Jinping" are one person; an entity the lexicon does not know is matched by its normalised surface text.
 */
public final class EntityOverlap {

    public record Result(List<CategoryOverlap> categories, List<GroupOverlap> groups) {
    }

    public Result compare(List<Mention> mentionsA, List<Mention> mentionsB) {
        Map<String, Collected> entities = new LinkedHashMap<>();
        collect(mentionsA, entities, true);
        collect(mentionsB, entities, false);
        Map<Category, List<List<EntityCount>>> sorted = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            sorted.put(c, List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (Collected e : entities.values()) {
            EntityCount count = new EntityCount(e.key, e.label, e.kind, e.inA, e.inB);
            int column = e.inA.isEmpty() ? 2 : e.inB.isEmpty() ? 1 : 0;
            sorted.get(e.category).get(column).add(count);
        }
        List<CategoryOverlap> categories = new ArrayList<>();
        Comparator<EntityCount> byCount = Comparator.comparingInt((EntityCount e) -> -(e.countA() + e.countB()))
                .thenComparing(EntityCount::label);
        sorted.forEach((category, columns) -> {
            columns.forEach(list -> list.sort(byCount));
            categories.add(new CategoryOverlap(category, columns.get(0), columns.get(1), columns.get(2)));
        });
        return new Result(categories, groups(mentionsA, mentionsB));
    }

    private static final class Collected {
        final String key;
        final Category category;
        final String label;
        final String kind;
        final List<Span> inA = new ArrayList<>();
        final List<Span> inB = new ArrayList<>();

        Collected(String key, Mention first) {
            this.key = key;
            this.category = first.category();
            this.label = label(first);
            this.kind = first.kind();
        }
    }

    private static void collect(List<Mention> mentions, Map<String, Collected> entities, boolean sideA) {
        for (Mention m : mentions) {
            String key = key(m);
            Collected c = entities.computeIfAbsent(key, k -> new Collected(k, m));
            (sideA ? c.inA : c.inB).add(new Span(m.start(), m.end()));
        }
    }

    /** What makes two mentions the same entity, across articles. */
    public static String key(Mention m) {
        if (m.entityId() != null) {
            return m.entityId();
        }
        if (m.category() == Category.DATE && m.normalized() != null) {
            return "date:" + m.normalized();
        }
        return m.category().json() + ":" + String.join(" ", WordTokens.of(m.text(), 0, m.text().length()).words());
    }

    private static String label(Mention m) {
        if (m.label() != null) {
            return m.label();
        }
        if (m.category() == Category.DATE && m.normalized() != null) {
            return m.normalized();
        }
        return m.text().strip();
    }

    private static List<GroupOverlap> groups(List<Mention> mentionsA, List<Mention> mentionsB) {
        Map<String, List<Set<String>>> groups = new LinkedHashMap<>();
        addMembers(mentionsA, groups, 0);
        addMembers(mentionsB, groups, 1);
        List<GroupOverlap> out = new ArrayList<>();
        groups.forEach((group, sides) -> out.add(new GroupOverlap(group, List.copyOf(sides.get(0)),
                List.copyOf(sides.get(1)))));
        return out;
    }

    private static void addMembers(List<Mention> mentions, Map<String, List<Set<String>>> groups, int side) {
        for (Mention m : mentions) {
            if (m.group() != null) {
                groups.computeIfAbsent(m.group(), g -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()))
                        .get(side).add(label(m));
            }
        }
    }
}
