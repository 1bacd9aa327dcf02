package org.corridor.ui.reader;

import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.settings.Settings;
import org.corridor.ui.common.Background;

/**
 * The article view's state: which article is shown, loaded off the FX thread. An article that arrives
 * after the user already chose another is dropped, so the view never shows a stale text.
 */
public final class ReaderViewModel {

    private final Background background;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(Settings.DEFAULT_FONT_SIZE);
    private Corpus corpus;
    private long generation;

    public ReaderViewModel(Background background) {
        this.background = background;
    }

    public void setCorpus(Corpus corpus) {
        this.corpus = corpus;
        generation++;
        article.set(null);
        problem.set(null);
    }

    public void open(ArticleMeta meta) {
        if (meta == null || corpus == null) {
            return;
        }
        long ticket = ++generation;
        Corpus from = corpus;
        background.run(p -> from.open(meta.id()), loaded -> {
            if (ticket == generation) {
                problem.set(null);
                article.set(loaded);
            }
        }, error -> {
            if (ticket == generation) {
                article.set(null);
                problem.set("Cannot show " + meta.title() + ": " + error.getMessage());
            }
        });
    }

    /** An article of the corpus on show, by id. */
    public Optional<ArticleMeta> find(String id) {
        return corpus == null ? Optional.empty() : corpus.find(id);
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** Why the chosen article could not be shown (file deleted or changed into something unreadable). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public void enlargeFont() {
        fontSize.set(Settings.clampFontSize(fontSize.get() + 1));
    }

    public void shrinkFont() {
        fontSize.set(Settings.clampFontSize(fontSize.get() - 1));
    }

    public void resetFont() {
        fontSize.set(Settings.DEFAULT_FONT_SIZE);
    }
}
