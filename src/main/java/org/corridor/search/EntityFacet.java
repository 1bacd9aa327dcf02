package org.corridor.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corridor.common.Json;
import org.corridor.common.Sha256;
import org.corridor.corpus.Article;
import org.corridor.entities.Category;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.LexiconService;
import org.corridor.entities.Mention;
import org.corridor.entities.Recognisers;
import org.corridor.entities.lexicon.BundledLexicon;
import org.corridor.entities.lexicon.CompiledLexicon;
import org.corridor.entities.user.Correction;

/**
 * The {@code entity} facet, fed at index time: the ids of the entities an article mentions, plus one
 * {@code group:<id>} value per named group whose members it mentions, so "the five corridors" or "the 5 Es" is a
 * single filter whichever member an article names. Recognition is fast enough (several MB/s) to run on every
 * indexed article; it is uncached, so indexing 100,000 articles does not fill a cache.
 */
public final class EntityFacet implements FacetContributor {

    public static final String DIMENSION = "entity";
    public static final String GROUP_PREFIX = "group:";

    /** How a value is shown: its name and category; {@code category} is null when it cannot be told. */
    public record Label(String name, Category category) {
    }

    private final LexiconService lexicon;
    private final EntityRecogniser recogniser;

    /** @param lexicon the lexicon the window recognises with, so the user's corrections reach the index */
    public EntityFacet(LexiconService lexicon) {
        this.lexicon = lexicon;
        this.recogniser = new EntityRecogniser(lexicon);
    }

    /**
     * The facet every index of a workspace uses (the search, the import, the window): its lexicon with the user's
     * corrections. One place, so no path adds articles to the index without their entities.
     */
    public static EntityFacet forWorkspace(Path workspace) throws IOException {
        return new EntityFacet(Recognisers.lexiconFor(workspace));
    }

    @Override
    public String dimension() {
        return DIMENSION;
    }

    @Override
    public Collection<String> values(Article article) {
        Set<String> values = new LinkedHashSet<>();
        for (Mention m : recogniser.recognise(article)) {
            if (m.entityId() != null) {
                values.add(m.entityId());
            }
            if (m.group() != null) {
                values.add(GROUP_PREFIX + m.group());
            }
        }
        return values;
    }

    /**
     * The recogniser's edition (application version, bundled lexicon, hand-written entities), then one line per
     * correction: a new edition may change any article's entities, a correction only those of the articles that
     * contain its text.
     */
    @Override
    public String stamp() {
        List<String> corrections = new ArrayList<>();
        for (Correction c : lexicon.corrections().list()) {
            corrections.add(Stream.of(c.type().name(), c.text(), c.entity(), c.category(), c.kind())
                    .map(f -> f == null ? "" : f.replaceAll("[\\t\\n\\r]", " "))
                    .collect(Collectors.joining("\t")));
        }
        Collections.sort(corrections);
        return edition() + (corrections.isEmpty() ? "" : "\n" + String.join("\n", corrections));
    }

    @Override
    public Optional<Set<String>> changedPhrases(String previous, String current) {
        List<String> before = previous.lines().toList();
        List<String> now = current.lines().toList();
        if (before.isEmpty() || !before.get(0).equals(now.get(0))) {
            return Optional.empty();
        }
        Set<String> gone = new HashSet<>(before.subList(1, before.size()));
        Set<String> added = new HashSet<>(now.subList(1, now.size()));
        Set<String> phrases = new LinkedHashSet<>();
        Stream.concat(gone.stream().filter(line -> !added.contains(line)),
                        added.stream().filter(line -> !gone.contains(line)))
                .forEach(line -> phrases.add(line.split("\t", -1)[1]));
        return Optional.of(phrases);
    }

    private String edition() {
        String version = EntityRecogniser.class.getPackage().getImplementationVersion();
        String handWritten = Sha256.hex(Json.compact().writeValueAsString(lexicon.corrections().handWrittenEntities()),
                8);
        return "recogniser " + (version == null ? "dev" : version) + " lexicon " + BundledLexicon.fingerprint()
                + " entities " + handWritten;
    }

    /** The values the lexicon can give: its entities' ids and a {@code group:} value per named group. */
    public Set<String> lexiconValues() {
        CompiledLexicon current = lexicon.current();
        Set<String> values = new HashSet<>();
        current.lexicon().entries().forEach(e -> {
            values.add(e.id());
            String group = current.groupOf(e.id());
            if (group != null) {
                values.add(GROUP_PREFIX + group);
            }
        });
        return values;
    }

    /**
     * The name of a value for a filter menu: the lexicon's label, the group's own entry for a group ("CPEC 2.0
     * five corridors"), or for an entity the rules found outside the lexicon a name made from its id.
     */
    public Label label(String value) {
        CompiledLexicon current = lexicon.current();
        if (value.startsWith(GROUP_PREFIX)) {
            String group = value.substring(GROUP_PREFIX.length());
            return current.lexicon().entries().stream()
                    .filter(e -> !e.isContextual() && group.equals(current.groupOf(e.id())))
                    .findFirst().map(e -> new Label(e.label(), Category.INITIATIVE))
                    .orElse(new Label(group, Category.INITIATIVE));
        }
        return current.lexicon().entry(value).map(e -> new Label(e.label(), e.categoryValue()))
                .orElseGet(() -> fromId(value));
    }

    private static Label fromId(String id) {
        int colon = id.indexOf(':');
        String kind = colon < 0 ? "" : id.substring(0, colon);
        String name = Arrays.stream(id.substring(colon + 1).split("-")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
        Category category = switch (kind) {
            case "person", "org", "country" -> Category.ACTOR;
            case "initiative" -> Category.INITIATIVE;
            case "place" -> Category.PLACE;
            default -> null;
        };
        return new Label(name, category);
    }
}
