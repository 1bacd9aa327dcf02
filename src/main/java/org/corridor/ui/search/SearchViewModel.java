package org.corridor.ui.search;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
import javafx.collections.ObservableSet;
import org.corridor.search.QuerySyntaxException;
import org.corridor.search.SearchHit;
import org.corridor.search.SearchRequest;
import org.corridor.search.SearchResults;
import org.corridor.ui.common.Background;

/**
 * The search's state: the query, the date range, the chosen sources, and the ranked hits with the source counts
 * of the current results. Searches run in the background; a result that arrives after a newer search started
 * is dropped, so typing fast never shows stale hits.
 */
public final class SearchViewModel {

    /** A source with the number of current results from it. */
    public record SourceCount(String source, int count) {
    }

    static final int PAGE = 100;

    private final Background background;
    private final IndexSession index;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableSet<String> sources = FXCollections.observableSet();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SourceCount> sourceCounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private long generation;

    SearchViewModel(Background background, IndexSession index) {
        this.background = background;
        this.index = index;
        index.readyProperty().addListener((o, was, ready) -> {
            if (ready) {
                search();
            }
        });
    }

    /** Runs the search for the current query and filters; with neither, the list shows the library again. */
    public void search() {
        long ticket = ++generation;
        boolean wanted = !query.get().isBlank() || from.get() != null || to.get() != null || !sources.isEmpty();
        active.set(wanted);
        if (!wanted) {
            hits.clear();
            summary.set("");
            return;
        }
        if (!index.readyProperty().get() || index.index() == null) {
            summary.set("The search index is being built; results appear when it is ready.");
            return;
        }
        SearchRequest request = new SearchRequest(query.get(), from.get(), to.get(),
                sources.isEmpty() ? Map.of() : Map.of("source", Set.copyOf(sources)), PAGE);
        var searchIndex = index.index();
        background.run(p -> searchIndex.search(request), results -> {
            if (ticket == generation) {
                show(results);
            }
        }, error -> {
            if (ticket == generation) {
                hits.clear();
                summary.set(error instanceof QuerySyntaxException ? error.getMessage()
                        : "Search failed: " + error.getMessage());
            }
        });
    }

    private void show(SearchResults results) {
        hits.setAll(results.hits());
        Map<String, Integer> counts = new HashMap<>(results.facets().getOrDefault("source", Map.of()));
        // chosen sources stay listed (with 0) so the user can always untick them
        sources.forEach(s -> counts.putIfAbsent(s, 0));
        sourceCounts.setAll(counts.entrySet().stream()
                .map(e -> new SourceCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SourceCount::count).reversed()
                        .thenComparing(SourceCount::source))
                .toList());
        long total = results.total();
        summary.set(total == 0 ? "No matching articles"
                : total <= results.hits().size() ? total + (total == 1 ? " matching article" : " matching articles")
                : "Best " + results.hits().size() + " of " + total + " matching articles");
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

    /** The sources ticked in the filter; any of them may match. */
    public ObservableSet<String> selectedSources() {
        return sources;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObservableList<SourceCount> sourceCounts() {
        return sourceCounts;
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
        sources.clear();
        search();
    }
}
