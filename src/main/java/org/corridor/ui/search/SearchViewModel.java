package org.corridor.ui.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableValue;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.search.EntityFacet;
import org.corridor.search.QuerySyntaxException;
import org.corridor.search.SearchHit;
import org.corridor.search.SearchRequest;
import org.corridor.search.SearchResults;
import org.corridor.search.TagFacet;
import org.corridor.ui.common.Background;

/**
 * The search's state: the query, the date range, the chosen sources, entities and tags, and the ranked hits with
 * the counts of each filter over the current results. Searches run in the background; a result that arrives after
 * a newer search started is dropped, so typing fast never shows stale hits. Tags are read from the live notes at
 * each search, so a new annotation counts at once without reindexing.
 */
public final class SearchViewModel {

    static final int PAGE = 100;
    /** Entities listed in the filter menu: the most frequent of the results, a menu not a report. */
    static final int TOP_ENTITIES = 40;

    private final Background background;
    private final IndexSession index;
    private final ObservableValue<NotesSnapshot> notes;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final FacetChoice sources = new FacetChoice("source");
    private final FacetChoice entities = new FacetChoice(EntityFacet.DIMENSION);
    private final FacetChoice tags = new FacetChoice(TagFacet.DIMENSION);
    private final List<FacetChoice> choices = List.of(sources, entities, tags);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
    /** How many hits are listed: a page, grown by "show more" until the query or a filter changes. */
    private int limit = PAGE;
    private List<Object> listedFor = List.of();
    private long generation;

    /** What a background search hands to the FX thread: the results and each dimension's listed counts. */
    private record Shown(SearchResults results, Map<FacetChoice, List<FacetChoice.Count>> counts) {
    }

    SearchViewModel(Background background, IndexSession index, ObservableValue<NotesSnapshot> notes) {
        this.background = background;
        this.index = index;
        this.notes = notes;
        // searchable: the first results; ready: the index caught up with the corpus, so search again
        index.searchableProperty().addListener((o, was, searchable) -> {
            if (searchable) {
                search();
            }
        });
        index.readyProperty().addListener((o, was, ready) -> {
            if (ready) {
                search();
            }
        });
        // a tag added or removed changes the tag filter's matches and counts
        notes.addListener((o, a, b) -> {
            if (active.get()) {
                search();
            }
        });
    }

    /** Runs the search for the current query and filters; with neither, the list shows the library again. */
    public void search() {
        long ticket = ++generation;
        boolean wanted = !query.get().isBlank() || from.get() != null || to.get() != null
                || choices.stream().anyMatch(c -> !c.selected().isEmpty());
        active.set(wanted);
        if (!wanted) {
            hits.clear();
            more.set(false);
            summary.set("");
            return;
        }
        if (!index.searchableProperty().get() || index.index() == null) {
            summary.set("The search index is being built; results appear when it is ready.");
            return;
        }
        NotesSnapshot snapshot = notes.getValue() == null ? NotesSnapshot.empty() : notes.getValue();
        Map<String, Set<String>> filters = new HashMap<>();
        Map<FacetChoice, Set<String>> ticked = new HashMap<>();
        for (FacetChoice c : choices) {
            ticked.put(c, Set.copyOf(c.selected()));
            if (!c.selected().isEmpty()) {
                filters.put(c.dimension(), Set.copyOf(c.selected()));
            }
        }
        List<Object> asked = Arrays.asList(query.get(), from.get(), to.get(), filters);
        if (!asked.equals(listedFor)) {
            listedFor = asked;
            limit = PAGE;
        }
        SearchRequest request = new SearchRequest(query.get(), from.get(), to.get(), filters, limit,
                List.of(TagFacet.of(snapshot)));
        var searchIndex = index.index();
        var entityFacet = index.entityFacet();
        background.run(p -> {
            SearchResults results = searchIndex.search(request);
            return new Shown(results, Map.of(
                    sources, listed(results, sources, ticked, v -> new FacetChoice.Count(v, v, null, 0),
                            FacetChoice.BY_COUNT, Integer.MAX_VALUE),
                    entities, listed(results, entities, ticked, v -> describe(entityFacet, v), BY_CATEGORY,
                            TOP_ENTITIES),
                    tags, tagCounts(snapshot.codebook(), results.facets().getOrDefault(TagFacet.DIMENSION, Map.of()))));
        }, shown -> {
            if (ticket == generation) {
                show(shown);
            }
        }, error -> {
            if (ticket == generation) {
                hits.clear();
                summary.set(error instanceof QuerySyntaxException ? error.getMessage()
                        : "Search failed: " + error.getMessage());
            }
        });
    }

    private static final Comparator<FacetChoice.Count> BY_CATEGORY = Comparator
            .comparing((FacetChoice.Count c) -> c.section() == null ? "~" : c.section())
            .thenComparing(FacetChoice.BY_COUNT);

    private static List<FacetChoice.Count> listed(SearchResults results, FacetChoice choice,
                                                  Map<FacetChoice, Set<String>> ticked,
                                                  Function<String, FacetChoice.Count> describe,
                                                  Comparator<FacetChoice.Count> order, int max) {
        return FacetChoice.listed(results.facets().getOrDefault(choice.dimension(), Map.of()), ticked.get(choice),
                describe, order, max);
    }

    private static FacetChoice.Count describe(EntityFacet facet, String value) {
        EntityFacet.Label label = facet.label(value);
        String section = label.category() == null ? "Other" : switch (label.category()) {
            case ACTOR -> "Actors";
            case INITIATIVE -> "Initiatives";
            case PLACE -> "Places";
            case DATE -> "Dates";
        };
        return new FacetChoice.Count(value, label.name(), section, 0);
    }

    /** Every tag of the codebook, parents before children, with how many results carry it or a child of it. */
    private static List<FacetChoice.Count> tagCounts(Codebook codebook, Map<String, Integer> counts) {
        return codebook.treeOrder().stream()
                .map(t -> new FacetChoice.Count(t.id(), codebook.path(t.id()), null, counts.getOrDefault(t.id(), 0)))
                .toList();
    }

    /** Lists the next page of hits below those shown. */
    public void showMore() {
        limit += PAGE;
        search();
    }

    /** True while more hits match than are listed. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    private void show(Shown shown) {
        SearchResults results = shown.results();
        List<SearchHit> listed = results.hits();
        boolean extendsShown = listed.size() > hits.size() && listed.subList(0, hits.size()).equals(hits);
        if (extendsShown) {
            hits.addAll(listed.subList(hits.size(), listed.size())); // the list keeps its place
        } else {
            hits.setAll(listed);
        }
        more.set(results.total() > listed.size());
        shown.counts().forEach((choice, counts) -> choice.counts().setAll(counts));
        long total = results.total();
        String found = total == 0 ? "No matching articles"
                : total <= results.hits().size() ? total + (total == 1 ? " matching article" : " matching articles")
                : "Best " + results.hits().size() + " of " + total + " matching articles";
        String shortfall = index.shortfallProperty().get();
        summary.set(!shortfall.isEmpty() ? found + " — results may be incomplete: " + shortfall
                : index.readyProperty().get() ? found : found + " (the index is being updated)");
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The source filter: ticked sources and the sources of the current results with their counts. */
    public FacetChoice sources() {
        return sources;
    }

    /** The entity filter: ticked entities (ids or groups) and the top entities of the current results. */
    public FacetChoice entities() {
        return entities;
    }

    /** The tag filter: ticked tags (a tag includes its children) and the codebook's tags with their counts. */
    public FacetChoice tags() {
        return tags;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** "Best 100 of 2,345 matching articles", or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a query or a filter is set: the list then shows search results instead of the library. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public void clear() {
        query.set("");
        from.set(null);
        to.set(null);
        choices.forEach(c -> c.selected().clear());
        search();
    }
}
