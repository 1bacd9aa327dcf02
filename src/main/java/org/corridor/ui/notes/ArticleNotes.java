package org.corridor.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.corridor.corpus.Article;
import org.corridor.corpus.Corpus;
import org.corridor.notes.AnnotationPlacer;
import org.corridor.notes.Placement;

/**
 * The notes of the article on screen: its annotations placed in its current text (in text order), the ones
 * that could not be placed (orphans, also those whose article left the corpus), the selected one, and the
 * tag filter of the list. Recomputed whenever the notes or the article change.
 */
public final class ArticleNotes {

    private final NotesSession session;
    private final ObservableList<Placement> placed = FXCollections.observableArrayList();
    private final ObservableList<Placement> shown = FXCollections.observableArrayList();
    private final ObservableList<Placement> orphans = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private Corpus corpus;

    public ArticleNotes(NotesSession session) {
        this.session = session;
        session.snapshotProperty().addListener((o, a, s) -> recompute());
        article.addListener((o, a, b) -> {
            selectedId.set(null); // the selection belongs to the article that was on screen
            recompute();
        });
        tagFilter.addListener((o, a, b) -> filter());
    }

    public void setCorpus(Corpus corpus) {
        this.corpus = corpus;
        recompute();
    }

    private void recompute() {
        Article current = article.get();
        List<Placement> inArticle = current == null || corpus == null ? List.of()
                : AnnotationPlacer.inArticle(corpus, current, session.snapshot().annotations());
        placed.setAll(inArticle.stream().filter(p -> !p.orphan()).toList());
        List<Placement> lost = new ArrayList<>(inArticle.stream().filter(Placement::orphan).toList());
        if (corpus != null) {
            session.snapshot().annotations().stream()
                    .filter(a -> AnnotationPlacer.locate(corpus, a).isEmpty())
                    .map(a -> new Placement(a, null, org.corridor.notes.Anchoring.Anchored.NOWHERE))
                    .forEach(lost::add);
        }
        orphans.setAll(lost);
        filter();
        if (selectedId.get() != null && selected().isEmpty()) {
            selectedId.set(null); // undone, deleted or replaced by an import: nothing to edit any more
        }
    }

    private void filter() {
        String tag = tagFilter.get();
        Set<String> wanted = tag == null ? null : session.snapshot().codebook().subtree(tag);
        shown.setAll(placed.stream()
                .filter(p -> wanted == null || p.annotation().tagIds().stream().anyMatch(wanted::contains)).toList());
    }

    /** The article's placed annotations, in text order, filtered by tag: the Notes list. */
    public ObservableList<Placement> shown() {
        return shown;
    }

    /** Every placed annotation of the article: what the highlights show. */
    public ObservableList<Placement> placed() {
        return placed;
    }

    public ObservableList<Placement> orphans() {
        return orphans;
    }

    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public Optional<Placement> selected() {
        String id = selectedId.get();
        return id == null ? Optional.empty()
                : placed.stream().filter(p -> p.annotation().id().equals(id)).findFirst()
                .or(() -> orphans.stream().filter(p -> p.annotation().id().equals(id)).findFirst());
    }

    /** The innermost passage at a text offset, for a click in the article. */
    public Optional<Placement> at(int textOffset) {
        return placed.stream().filter(p -> p.start() <= textOffset && textOffset < p.end())
                .min(java.util.Comparator.comparingInt(p -> p.end() - p.start()));
    }
}
