package org.corridor.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.corridor.corpus.ArticleMeta;
import org.corridor.ui.common.Background;

/**
 * The document list's state: the catalog, the filter text, the sort order and the article the user chose.
 * Filtering and sorting 100,000 articles run in the background; the FX thread only receives the finished list
 * (stale results, overtaken by further typing or another click on a column, are dropped), so typing in the filter
 * box, clearing it and sorting stay fluid at any corpus size.
 */
public final class LibraryViewModel {

    private final Background background;
    private final ReadOnlyObjectWrapper<ObservableList<ArticleMeta>> visible =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ArticleMeta> chosen = new SimpleObjectProperty<>();
    private List<ArticleMeta> articles = List.of();
    private Comparator<ArticleMeta> order;
    private long generation;
    private Runnable whenListed;

    public LibraryViewModel(Background background) {
        this.background = background;
        filter.addListener((obs, old, text) -> refilter());
    }

    /**
     * Lists a new catalog; {@code whenListed} runs once the list shows it (filtering and sorting run in the
     * background, and until then the list still shows the previous catalog).
     */
    public void setArticles(List<ArticleMeta> catalog, Runnable whenListed) {
        articles = List.copyOf(catalog);
        this.whenListed = whenListed;
        refilter();
    }

    /** Sorts the list by this order (null: catalog order), in the background like the filter. */
    public void sortBy(Comparator<ArticleMeta> newOrder) {
        order = newOrder;
        refilter();
    }

    private void refilter() {
        long ticket = ++generation;
        Predicate<ArticleMeta> predicate = matching(filter.get());
        List<ArticleMeta> from = articles;
        Comparator<ArticleMeta> by = order;
        background.run(p -> {
            List<ArticleMeta> shown = predicate == null ? from : from.stream().filter(predicate).toList();
            if (by instanceof DateOrder dates) {
                return dates.sorted(shown);
            }
            List<ArticleMeta> sorted = new ArrayList<>(shown);
            if (by != null) {
                sorted.sort(by);
            }
            return sorted;
        }, shown -> {
            if (ticket == generation) {
                visible.set(FXCollections.observableArrayList(shown));
                Runnable then = whenListed;
                whenListed = null;
                if (then != null) {
                    then.run();
                }
            }
        }, error -> {
            // filtering and sorting a list in memory do not fail; nothing to tell the user
        });
    }

    /** The articles passing the filter, in the order last asked for. */
    public ObservableList<ArticleMeta> visibleArticles() {
        return visible.get();
    }

    /** Each new filter result is a new list, so the table takes it in one step. */
    public ReadOnlyObjectProperty<ObservableList<ArticleMeta>> visibleArticlesProperty() {
        return visible.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The article the user opened, by click, arrow keys or Enter. */
    public ObjectProperty<ArticleMeta> chosenProperty() {
        return chosen;
    }

    public int totalCount() {
        return articles.size();
    }

    static Predicate<ArticleMeta> matching(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return a -> {
            String haystack = (a.title() + " " + (a.source() == null ? "" : a.source())).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!haystack.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }
}
