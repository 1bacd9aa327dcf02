package org.corridor.ui.library;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.corridor.corpus.ArticleMeta;

/** The document list's state: the catalog, the filter text, and the article the user chose. */
public final class LibraryViewModel {

    /** Newest first; undated articles last, then by title. */
    public static final Comparator<LocalDate> DATES_NEWEST_FIRST =
            Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder());

    private final ObservableList<ArticleMeta> articles = FXCollections.observableArrayList();
    private final FilteredList<ArticleMeta> visible = new FilteredList<>(articles);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ArticleMeta> chosen = new SimpleObjectProperty<>();

    public LibraryViewModel() {
        filter.addListener((obs, old, text) -> visible.setPredicate(matching(text)));
    }

    public void setArticles(List<ArticleMeta> catalog) {
        articles.setAll(catalog);
    }

    /** The articles passing the filter, unsorted (the table sorts them). */
    public ObservableList<ArticleMeta> visibleArticles() {
        return visible;
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
