package org.corridor.entities.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridor.entities.Category;
import org.corridor.entities.text.PhraseTrie;

/**
 * The lexicon turned into the structures the rules look things up in: one phrase trie for all names,
 * one for titles, lower-cased head-word sets and the members of the named groups. Built once per change
 * of the lexicon or of the user's corrections; immutable and shared by all recognitions.
 */
public final class CompiledLexicon {

    private final Lexicon lexicon;
    private final long version;
    private final PhraseTrie<AliasTarget> names = new PhraseTrie<>();
    private final PhraseTrie<AliasTarget> groupMembers = new PhraseTrie<>();
    private final PhraseTrie<String> titles = new PhraseTrie<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> initiativeHeads = lowered(EngineWords.INITIATIVE_HEADS);
    private final Set<String> placeHeads = lowered(EngineWords.PLACE_HEADS);
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> groupOfEntity = new HashMap<>();
    private final Map<String, List<LexiconEntry>> peopleByShortName = new HashMap<>();
    private final Map<String, List<LexiconEntry>> organisationsByShortName = new HashMap<>();
    private final Set<String> rejected;
    private final Set<String> commonWords;

    /**
     * @param base     bundled lexicon and countries
     * @param user     the user's added entities and aliases (matched before everything else)
     * @param rejected surface forms the user said are not entities
     * @param version  changes whenever any input changes, so caches can tell results apart
     */
    public CompiledLexicon(Lexicon base, Lexicon user, Set<String> rejected, long version) {
        this.lexicon = base.plus(user);
        this.version = version;
        this.rejected = Set.copyOf(rejected);
        this.commonWords = CommonWords.load();
        addNames(base.entries(), false);
        addNames(user.entries(), true);
        for (String t : EngineWords.TITLES) {
            titles.add(t, t);
        }
        for (String t : lexicon.titles()) {
            titles.add(t, t);
        }
        orgHeads.addAll(lowered(EngineWords.ORG_HEADS));
        orgHeads.addAll(lowered(lexicon.orgHeads()));
        // A conference is an event, not an organisation: "Second Conference of the … Mechanism".
        orgHeads.remove("conference");
        lexicon.demonyms().forEach((adjective, country) -> demonyms.put(adjective.toLowerCase(Locale.ROOT), country));
        findGroupEntities();
    }

    private void addNames(Collection<LexiconEntry> entries, boolean user) {
        for (LexiconEntry e : entries) {
            Map<String, List<LexiconEntry>> byShortName = "person".equals(e.kind()) ? peopleByShortName
                    : "organisation".equals(e.kind()) ? organisationsByShortName : null;
            if (byShortName != null) {
                for (String s : e.shortNames()) {
                    byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
                }
            }
            PhraseTrie<AliasTarget> trie = e.isContextual() ? groupMembers : names;
            List<String> forms = new ArrayList<>(e.aliases());
            if (forms.isEmpty() && e.label() != null && e.acronyms().isEmpty()) {
                forms.add(e.label());
            }
            for (String alias : forms) {
                trie.add(alias, AliasTarget.of(e, alias, false, user));
            }
            for (String acronym : e.acronyms()) {
                trie.add(acronym, AliasTarget.of(e, acronym, true, user));
            }
        }
    }

    /**
     * A group's own entity ("5 Es", "five corridors") is the non-member entry that names the group id in its
     * {@code group} field, that the members point to with {@code partOf}, or whose id ends with the group id.
     */
    private void findGroupEntities() {
        Set<String> groups = new HashSet<>();
        Map<String, String> parentOfGroup = new HashMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.group() != null && e.isContextual()) {
                groups.add(e.group());
                if (e.partOf() != null) {
                    parentOfGroup.putIfAbsent(e.group(), e.partOf());
                }
            }
        }
        for (LexiconEntry e : lexicon.entries()) {
            if (e.isContextual() || e.categoryValue() != Category.INITIATIVE) {
                continue;
            }
            for (String g : groups) {
                String suffix = e.id().substring(e.id().indexOf(':') + 1);
                if (g.equals(e.group()) || e.id().equals(parentOfGroup.get(g))
                        || suffix.equalsIgnoreCase(g) || suffix.equalsIgnoreCase(g.replace("-corridors", "-five-corridors"))) {
                    groupOfEntity.put(e.id(), g);
                }
            }
        }
    }

    private static Set<String> lowered(Collection<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public long version() {
        return version;
    }

    public PhraseTrie<AliasTarget> names() {
        return names;
    }

    /** Contextual members of the named groups (the 5 Es, the five corridors). */
    public PhraseTrie<AliasTarget> groupMembers() {
        return groupMembers;
    }

    public PhraseTrie<String> titles() {
        return titles;
    }

    public boolean isOrgHead(String lower) {
        return orgHeads.contains(lower);
    }

    public boolean isInitiativeHead(String lower) {
        return initiativeHeads.contains(lower);
    }

    public boolean isPlaceHead(String lower) {
        return placeHeads.contains(lower);
    }

    public boolean isDemonym(String lower) {
        return demonyms.containsKey(lower);
    }

    public boolean isCommonWord(String lower) {
        return commonWords.contains(lower);
    }

    /** The group id when this entity is a group itself ("initiative:5es" → "5Es"), else null. */
    public String groupOf(String entityId) {
        return groupOfEntity.get(entityId);
    }

    /** The one person a short name after a title can mean ("PM Shehbaz"), or null when none or several. */
    public LexiconEntry personByShortName(String shortName) {
        List<LexiconEntry> people = peopleByShortName.get(shortName);
        return people != null && people.size() == 1 ? people.get(0) : null;
    }

    /** The one organisation known by this short name ("PTI" for the party), or null when none or several. */
    public LexiconEntry organisationByShortName(String shortName) {
        List<LexiconEntry> orgs = organisationsByShortName.get(shortName);
        return orgs != null && orgs.size() == 1 ? orgs.get(0) : null;
    }

    public boolean isRejected(String surface) {
        return rejected.contains(surface);
    }
}
