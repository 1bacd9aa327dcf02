package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corridor.common.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled lexicon keeps the format contract the recogniser relies on: valid ids and kinds, one entity per
 * surface form, contextual group members, and the names the seed articles need. Read with plain Jackson so a
 * broken resource is caught here before any recognition runs.
 */
class BundledLexiconTest {

    private static final String RESOURCE = "/org/corridor/entities/lexicon.json";
    private static final Pattern ID = Pattern.compile("(person|org|country|initiative|place|group):[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<String, Set<String>> KINDS = Map.of(
            "actor", Set.of("person", "organisation", "country"),
            "initiative", Set.of("programme", "project", "framework", "agreement", "mechanism", "member"),
            "place", Set.of("city", "province", "region", "port", "route", "district", "site", "waterway"));
    private static final Set<String> FIELDS = Set.of("id", "label", "category", "kind", "aliases", "acronyms",
            "shortNames", "roles", "country", "group", "contextual", "partOf", "note");
    private static final Map<String, String> GROUPS = Map.of(
            "5Es", "initiative:5es", "cpec2-corridors", "initiative:cpec2-five-corridors");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    record Entry(String id, String label, String category, String kind, List<String> aliases, List<String> acronyms,
            List<String> shortNames, List<String> roles, String country, String group, Boolean contextual,
            String partOf, String note) {

        List<String> forms() {
            List<String> forms = new ArrayList<>(aliases == null ? List.of() : aliases);
            forms.addAll(acronyms == null ? List.of() : acronyms);
            return forms;
        }

        boolean isContextual() {
            return Boolean.TRUE.equals(contextual);
        }
    }

    record LexiconFile(int schemaVersion, List<Entry> entities, Map<String, String> demonyms, List<String> titles,
            List<String> orgHeads) {
    }

    private static LexiconFile lexicon;
    private static List<Map<String, Object>> rawEntities;
    private static Map<String, Entry> byForm;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        lexicon = Json.pretty().readValue(open(), LexiconFile.class);
        rawEntities = (List<Map<String, Object>>) Json.pretty().readValue(open(), Map.class).get("entities");
        byForm = new HashMap<>();
        lexicon.entities().forEach(e -> e.forms().forEach(f -> byForm.put(normalise(f), e)));
    }

    private static InputStream open() {
        InputStream in = BundledLexiconTest.class.getResourceAsStream(RESOURCE);
        assertThat(in).as("resource %s", RESOURCE).isNotNull();
        return in;
    }

    /** The engine treats hyphen/space and curly/straight apostrophes alike, so collisions are judged the same way. */
    private static String normalise(String form) {
        return form.replace('’', '\'').replaceAll("[-‐‑–—\\s]+", " ").trim();
    }

    private static Entry entity(String form) {
        Entry entry = byForm.get(normalise(form));
        assertThat(entry).as("an entity for \"%s\"", form).isNotNull();
        return entry;
    }

    @Test
    void isAVersionedFileWithHundredsOfEntries() {
        assertThat(lexicon.schemaVersion()).isEqualTo(1);
        assertThat(lexicon.entities()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(lexicon.titles()).contains("Prime Minister", "Vice Foreign Minister", "Caretaker Prime Minister",
                "spokesperson", "Ambassador", "State Commissioner");
        assertThat(lexicon.orgHeads()).contains("Ministry", "Committee", "Council", "Authority", "Bank", "Party");
    }

    @Test
    void idsAreUniqueWellFormedAndSorted() {
        List<String> ids = lexicon.entities().stream().map(Entry::id).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted().allMatch(id -> ID.matcher(id).matches());
    }

    @Test
    void everyEntryUsesOnlyContractFieldsAndAllowedKinds() {
        rawEntities.forEach(raw -> assertThat(FIELDS).as("fields of %s", raw.get("id")).containsAll(raw.keySet()));
        for (Entry e : lexicon.entities()) {
            assertThat(e.label()).as("label of %s", e.id()).isNotBlank();
            assertThat(KINDS).as("category of %s", e.id()).containsKey(e.category());
            assertThat(KINDS.get(e.category())).as("kind of %s", e.id()).contains(e.kind());
            assertThat(e.forms()).as("surface forms of %s", e.id()).isNotEmpty();
        }
    }

    @Test
    void idPrefixAgreesWithCategoryAndKind() {
        for (Entry e : lexicon.entities()) {
            String prefix = e.id().substring(0, e.id().indexOf(':'));
            String expected = switch (prefix) {
                case "person" -> "actor/person";
                case "org" -> "actor/organisation";
                case "country" -> "actor/country";
                case "place" -> "place/" + e.kind();
                default -> "initiative/" + e.kind();
            };
            assertThat(e.category() + "/" + e.kind()).as(e.id()).isEqualTo(expected);
        }
    }

    @Test
    void countriesOnlyAddAliasesToRealIsoCountries() {
        lexicon.entities().stream().filter(e -> e.id().startsWith("country:")).forEach(e ->
                assertThat(ISO).as(e.id()).contains(e.id().substring(8).toUpperCase(Locale.ROOT)));
        lexicon.entities().stream().filter(e -> e.country() != null).forEach(e ->
                assertThat(ISO).as("country of %s", e.id()).contains(e.country()));
        assertThat(lexicon.demonyms()).containsEntry("Chinese", "country:cn").containsEntry("Pakistani", "country:pk");
        lexicon.demonyms().values().forEach(c -> assertThat(ISO).contains(c.substring(8).toUpperCase(Locale.ROOT)));
    }

    @Test
    void noSurfaceFormNamesTwoEntities() {
        Map<String, Set<String>> owners = lexicon.entities().stream()
                .flatMap(e -> e.forms().stream().map(f -> Map.entry(normalise(f), e.id())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        assertThat(owners.entrySet().stream().filter(o -> o.getValue().size() > 1).map(Map.Entry::getKey))
                .as("forms shared by two entities").isEmpty();
    }

    @Test
    void acronymsAreUpperCaseAndPlainWordsNeedAGroupContext() {
        for (Entry e : lexicon.entities()) {
            if (e.acronyms() != null) {
                e.acronyms().forEach(a -> assertThat(a).as("acronym of %s", e.id()).isEqualTo(a.toUpperCase(Locale.ROOT)));
            }
            if (!e.isContextual()) {
                assertThat(e.forms()).as("generic words in %s", e.id())
                        .noneMatch(f -> f.matches("[a-z]+"))
                        .doesNotContain("Energy", "Party", "Growth", "Green", "Exports");
            }
        }
    }

    @Test
    void groupMembersAreContextualAndComplete() {
        Map<String, List<Entry>> members = lexicon.entities().stream().filter(e -> e.group() != null)
                .collect(Collectors.groupingBy(Entry::group));
        assertThat(members.keySet()).containsExactlyInAnyOrderElementsOf(GROUPS.keySet());
        members.values().forEach(list -> assertThat(list).hasSize(5)
                .allMatch(Entry::isContextual).allMatch(e -> e.kind().equals("member")));
        lexicon.entities().stream().filter(Entry::isContextual)
                .forEach(e -> assertThat(e.group()).as("group of contextual %s", e.id()).isNotNull());
        GROUPS.values().forEach(id -> assertThat(lexicon.entities()).anyMatch(e -> e.id().equals(id)));
        assertThat(entity("Energy").group()).isEqualTo("5Es");
        assertThat(entity("E-Pakistan").group()).isEqualTo("5Es");
        assertThat(entity("corridor of innovation").group()).isEqualTo("cpec2-corridors");
        assertThat(entity("green corridor").group()).isEqualTo("cpec2-corridors");
        assertThat(entity("livelihood").id()).isEqualTo("initiative:cpec2-livelihood-corridor");
    }

    @Test
    void parentsOfInitiativesExist() {
        Set<String> ids = lexicon.entities().stream().map(Entry::id).collect(Collectors.toSet());
        lexicon.entities().stream().filter(e -> e.partOf() != null).forEach(e -> {
            assertThat(ids).as("parent of %s", e.id()).contains(e.partOf());
            assertThat(e.partOf()).startsWith("initiative:");
        });
        assertThat(entity("CPEC 2.0").partOf()).isEqualTo("initiative:cpec");
        assertThat(entity("ML-1").partOf()).isEqualTo("initiative:cpec");
    }

    @Test
    void seedPersonsAreKnownWithTheirSpellings() {
        for (String name : List.of("Sun Weidong", "Amna Baloch", "Ma Zhaoxu", "Xi Jinping", "Arif Alvi", "Imran Khan",
                "Li Keqiang", "Anwaarul Haq Kakar", "Wang Wenbin", "Jalil Abbas Jilani", "Sartaj Aziz", "Cheng Guoping",
                "Sergei Lavrov", "Salahuddin Rabbani", "Masood Azhar", "Asim Munir", "Syed Asim Munir")) {
            assertThat(entity(name).kind()).as(name).isEqualTo("person");
        }
        assertThat(entity("Shahbaz Sharif")).isSameAs(entity("Shehbaz Sharif"));
        assertThat(entity("Anwaar-ul-Haq Kakar")).isSameAs(entity("Anwar-ul-Haq Kakar")).isSameAs(entity("Anwaarul Haq Kakar"));
        assertThat(entity("Imran Khan").shortNames()).contains("Khan");
        assertThat(entity("Xi Jinping").shortNames()).contains("Xi");
        assertThat(entity("Anwaarul Haq Kakar").shortNames()).contains("Kakar");
        assertThat(byForm).doesNotContainKeys("Khan", "Sharif", "Baloch", "Xi");
    }

    @Test
    void seedOrganisationsAndInitiativesAreKnown() {
        for (String name : List.of("Foreign Office", "United Nations Security Council", "NIH", "ETIM",
                "CPC Central Committee", "CPEC Authority", "NDRC", "JCC", "Board of Investment", "State Bank of Pakistan",
                "APP", "Xinhua", "PTI", "DNA", "Reuters", "SCO", "IMF", "ADB", "Jaish-e-Muhammad", "JeM")) {
            assertThat(entity(name).kind()).as(name).isEqualTo("organisation");
        }
        assertThat(entity("China Pakistan Economic Corridor 2.0").id()).isEqualTo("initiative:cpec-2");
        assertThat(entity("second phase of CPEC").id()).isEqualTo("initiative:cpec-2");
        assertThat(entity("China-Pakistan Economic Corridor")).isSameAs(entity("CPEC"));
        assertThat(entity("One Belt One Road")).isSameAs(entity("BRI")).isSameAs(entity("Belt and Road Initiative"));
        assertThat(entity("all-weather strategic cooperative partnership").kind()).isEqualTo("framework");
        assertThat(entity("CPEC Political Parties Joint Consultation Mechanism").kind()).isEqualTo("mechanism");
        assertThat(entity("Framework Agreement on Industrial Cooperation").kind()).isEqualTo("agreement");
        assertThat(entity("5 Es").id()).isEqualTo("initiative:5es");
        assertThat(entity("five new corridors").id()).isEqualTo("initiative:cpec2-five-corridors");
        for (String place : List.of("Gwadar", "Xinjiang", "Balochistan", "Karakoram Highway", "Islamabad", "Beijing")) {
            assertThat(entity(place).category()).as(place).isEqualTo("place");
        }
    }
}
