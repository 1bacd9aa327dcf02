package org.corridor.entities.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.corridor.entities.Category;

/**
 * One entity of the lexicon, in the format documented in {@code docs/lexicon-format.md}: an actor,
 * initiative or place with the surface forms it is written with.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LexiconEntry(String id, String label, String category, String kind, List<String> aliases,
                           List<String> acronyms, List<String> shortNames, List<String> roles, String country,
                           String group, Boolean contextual, String partOf, String note) {

    public LexiconEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
        shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A minimal entry, as the user's corrections and the country generator make them. */
    public static LexiconEntry of(String id, String label, Category category, String kind, List<String> aliases) {
        return new LexiconEntry(id, label, category.json(), kind, aliases, null, null, null, null, null, null,
                null, null);
    }

    /** The category, or null when the file names none or an unknown one. */
    public Category categoryValue() {
        return parseCategory(category);
    }

    /** "actor" → ACTOR; null for null or an unknown name. */
    public static Category parseCategory(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Category.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isContextual() {
        return Boolean.TRUE.equals(contextual);
    }

    /** The entry with more aliases (kept unique, in order), for merging the lexicon, countries and user additions. */
    public LexiconEntry withAliases(List<String> more) {
        LinkedHashSet<String> all = new LinkedHashSet<>(aliases);
        all.addAll(more);
        return new LexiconEntry(id, label, category, kind, new ArrayList<>(all), acronyms, shortNames, roles,
                country, group, contextual, partOf, note);
    }

    /** Merges an entry with the same id: this entry's fields win, surface forms are united. */
    public LexiconEntry mergedWith(LexiconEntry other) {
        LinkedHashSet<String> acr = new LinkedHashSet<>(acronyms);
        acr.addAll(other.acronyms);
        LinkedHashSet<String> shorts = new LinkedHashSet<>(shortNames);
        shorts.addAll(other.shortNames);
        LinkedHashSet<String> allRoles = new LinkedHashSet<>(roles);
        allRoles.addAll(other.roles);
        return new LexiconEntry(id, label != null ? label : other.label, category != null ? category : other.category,
                kind != null ? kind : other.kind, withAliases(other.aliases).aliases, new ArrayList<>(acr),
                new ArrayList<>(shorts), new ArrayList<>(allRoles), country != null ? country : other.country,
                group != null ? group : other.group, contextual != null ? contextual : other.contextual,
                partOf != null ? partOf : other.partOf, note != null ? note : other.note);
    }
}
