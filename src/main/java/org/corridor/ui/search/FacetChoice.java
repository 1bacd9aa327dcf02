package org.corridor.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One filter dimension of the search (sources, entities, tags): the values the user ticked and the values of the
 * current results with their counts, as the filter menu lists them.
 */
public final class FacetChoice {

    /**
     * A value of the dimension as listed.
     *
     * @param value   what the filter selects (an id)
     * @param label   what the user reads
     * @param section the heading it is listed under (an entity's category), or null
     * @param count   matching articles carrying it, counted as if this dimension had no filter
     */
    public record Count(String value, String label, String section, int count) {
    }

    /** The order of a dimension's list: sections in their given order, then the most frequent first. */
    static final Comparator<Count> BY_COUNT = Comparator.comparingInt(Count::count).reversed()
            .thenComparing(Count::label, String.CASE_INSENSITIVE_ORDER);

    private final String dimension;
    private final ObservableSet<String> selected = FXCollections.observableSet();
    private final ObservableList<Count> counts = FXCollections.observableArrayList();

    FacetChoice(String dimension) {
        this.dimension = dimension;
    }

    /**
     * The counts to list, computed off the FX thread: at most {@code max} values, the ticked ones always (with 0
     * when the results no longer carry them) so the user can untick them.
     */
    static List<Count> listed(Map<String, Integer> counts, Set<String> ticked, Function<String, Count> describe,
                              Comparator<Count> order, int max) {
        List<Count> all = new ArrayList<>();
        counts.forEach((value, n) -> {
            Count c = describe.apply(value);
            all.add(new Count(value, c.label(), c.section(), n));
        });
        all.sort(BY_COUNT);
        List<Count> out = new ArrayList<>(all.subList(0, Math.min(max, all.size())));
        for (String value : ticked) {
            if (out.stream().noneMatch(c -> c.value().equals(value))) {
                Count c = describe.apply(value);
                out.add(new Count(value, c.label(), c.section(), counts.getOrDefault(value, 0)));
            }
        }
        out.sort(order);
        return out;
    }

    String dimension() {
        return dimension;
    }

    /** The values ticked in the filter; an article carrying any of them matches. */
    public ObservableSet<String> selected() {
        return selected;
    }

    public ObservableList<Count> counts() {
        return counts;
    }

    /** The label of a ticked value, from the current list, or the value itself. */
    String labelOf(String value) {
        return counts.stream().filter(c -> c.value().equals(value)).map(Count::label).findFirst().orElse(value);
    }
}
