package org.corridor.ui.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.entities.Mention;

/**
 * One entity of the article with all its mentions: what the Entities tab lists. Mentions without a known
 * entity are grouped by category and name ("Hunza Apricot Guild" twice is one entity).
 *
 * @param key      entity id, or category + name when the entity is not in the lexicon
 * @param name     canonical name (or the mention's text)
 * @param layer    the highlight layer
 * @param kind     person, organisation, programme, date…
 * @param group    the named group of an initiative member, or null
 * @param mentions every mention, in text order
 */
public record EntitySummary(String key, String name, MentionLayer layer, String kind, String group,
                            List<Mention> mentions) {

    public int count() {
        return mentions.size();
    }

    public static String keyOf(Mention m) {
        if (m.entityId() != null) {
            return m.entityId();
        }
        String name = m.normalized() != null ? m.normalized() : m.label() != null ? m.label() : m.text();
        return m.category().json() + ":" + name;
    }

    /** The article's entities, by layer, then most mentioned first, then by name. */
    public static List<EntitySummary> of(List<Mention> mentions) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byKey.computeIfAbsent(keyOf(m), k -> new ArrayList<>()).add(m);
        }
        List<EntitySummary> out = new ArrayList<>();
        byKey.forEach((key, list) -> {
            Mention first = list.get(0);
            String name = first.label() != null ? first.label() : first.text();
            out.add(new EntitySummary(key, name, MentionLayer.of(first), first.kind(), first.group(), List.copyOf(list)));
        });
        out.sort(Comparator.comparing(EntitySummary::layer).thenComparing(Comparator.comparingInt(EntitySummary::count)
                .reversed()).thenComparing(EntitySummary::name));
        return out;
    }
}
