package org.corridor.ui.search;

import java.util.List;
import org.corridor.corpus.Article;
import org.corridor.search.Snippet;
import org.corridor.ui.common.Background;
import org.corridor.ui.reader.HighlightLayers;
import org.corridor.ui.reader.ReaderView;
import org.corridor.ui.reader.ReaderViewModel;

/**
 * The search hits in the article view: while a query is set, every article shown gets a "search" highlight layer
 * with the query's hits, and F3 / Shift+F3 select the next / previous hit and scroll it into view.
 */
final class ReaderHits {

    static final String LAYER = "search";
    private static final List<String> STYLE = List.of("search-hit");

    private final Background background;
    private final IndexSession index;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final ReaderView view;
    private List<Snippet.Span> hits = List.of();
    private int current = -1;
    private long generation;

    ReaderHits(Background background, IndexSession index, SearchViewModel search, ReaderViewModel reader,
               ReaderView view) {
        this.background = background;
        this.index = index;
        this.search = search;
        this.reader = reader;
        this.view = view;
        reader.articleProperty().addListener((o, a, article) -> mark(article));
        search.hits().addListener((javafx.collections.ListChangeListener<Object>) c -> mark(reader.articleProperty().get()));
    }

    private void mark(Article article) {
        long ticket = ++generation;
        String query = search.queryProperty().get();
        var searchIndex = index.index();
        if (article == null || query.isBlank() || searchIndex == null) {
            show(List.of());
            return;
        }
        // The view shows the body only: hits in the headline or the date line have nowhere to go.
        background.run(p -> searchIndex.hitRanges(query, article.text()).stream()
                .filter(s -> s.start() >= article.bodyStart() && s.end() <= article.bodyEnd()).toList(), spans -> {
            if (ticket == generation && reader.articleProperty().get() == article) {
                show(spans);
            }
        }, error -> show(List.of())); // a query the user is still typing may not parse: no marks then
    }

    private void show(List<Snippet.Span> spans) {
        hits = spans;
        current = -1;
        view.setLayer(LAYER, spans.stream().map(s -> new HighlightLayers.Range(s.start(), s.end(), STYLE)).toList());
    }

    /** Selects the next hit after the current one (wrapping round) and scrolls to it. */
    void next() {
        step(1);
    }

    void previous() {
        step(-1);
    }

    private void step(int direction) {
        if (hits.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, hits.size());
        Snippet.Span s = hits.get(current);
        int offset = view.bodyStart();
        int length = view.area().getLength();
        int start = Math.max(0, Math.min(length, s.start() - offset));
        int end = Math.max(start, Math.min(length, s.end() - offset));
        view.area().selectRange(start, end);
        view.area().requestFollowCaret();
        view.area().requestFocus();
    }

    int count() {
        return hits.size();
    }
}
