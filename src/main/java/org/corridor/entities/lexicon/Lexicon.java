package org.corridor.entities.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the recogniser knows: entities with their surface forms, demonyms ("Chinese" → China), office titles
 * that precede names, and the head words of organisation names. Immutable; merging makes a new lexicon.
 */
public final class Lexicon {

    private final Map<String, LexiconEntry> entries;
    private final Map<String, String> demonyms;
    private final Set<String> titles;
    private final Set<String> orgHeads;

    public Lexicon(Collection<LexiconEntry> entries, Map<String, String> demonyms, Collection<String> titles,
                   Collection<String> orgHeads) {
        Map<String, LexiconEntry> byId = new TreeMap<>();
        for (LexiconEntry e : entries) {
            if (e.id() == null || e.categoryValue() == null) {
                continue;
            }
            byId.merge(e.id(), e, LexiconEntry::mergedWith);
        }
        this.entries = java.util.Collections.unmodifiableMap(byId);
        this.demonyms = Map.copyOf(demonyms);
        this.titles = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(titles));
        this.orgHeads = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(orgHeads));
    }

    public static Lexicon of(LexiconFile file) {
        return new Lexicon(file.entities(), file.demonyms(), file.titles(), file.orgHeads());
    }

    public static Lexicon empty() {
        return new Lexicon(List.of(), Map.of(), List.of(), List.of());
    }

    /** Entries sorted by id. */
    public Collection<LexiconEntry> entries() {
        return entries.values();
    }

    public Optional<LexiconEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Map<String, String> demonyms() {
        return demonyms;
    }

    public Set<String> titles() {
        return titles;
    }

    public Set<String> orgHeads() {
        return orgHeads;
    }

    /** This lexicon plus another's entries (merged by id, this one's fields first) and word lists. */
    public Lexicon plus(Lexicon other) {
        List<LexiconEntry> all = new ArrayList<>(entries.values());
        all.addAll(other.entries.values());
        Map<String, String> allDemonyms = new LinkedHashMap<>(other.demonyms);
        allDemonyms.putAll(demonyms);
        Set<String> allTitles = new LinkedHashSet<>(titles);
        allTitles.addAll(other.titles);
        Set<String> allHeads = new LinkedHashSet<>(orgHeads);
        allHeads.addAll(other.orgHeads);
        return new Lexicon(all, allDemonyms, allTitles, allHeads);
    }

    public int size() {
        return entries.size();
    }
}
