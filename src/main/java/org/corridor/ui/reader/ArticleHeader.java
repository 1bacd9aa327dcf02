package org.corridor.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.ui.common.Dates;

/** Title, date, source and dateline above the article text. */
final class ArticleHeader extends VBox {

    /**
     * Below this width (a laptop window with all three panes) the title is set smaller, so that a long headline
     * does not push the article itself out of view.
     */
    static final double NARROW_BELOW = 520;
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

    private final Label title = new Label();
    private final Label byline = new Label();

    ArticleHeader() {
        getStyleClass().add("article-header");
        title.getStyleClass().add("article-title");
        title.setId("article-title");
        title.setWrapText(true);
        byline.getStyleClass().add("article-byline");
        byline.setWrapText(true);
        getChildren().addAll(title, byline);
        widthProperty().addListener((o, was, width) -> pseudoClassStateChanged(NARROW,
                width.doubleValue() > 0 && width.doubleValue() < NARROW_BELOW));
    }

    void show(Article article) {
        ArticleMeta meta = article == null ? null : article.meta();
        title.setText(article == null ? "" : article.heading());
        byline.setText(meta == null ? "" : byline(meta));
    }

    static String byline(ArticleMeta meta) {
        List<String> parts = new ArrayList<>();
        parts.add(meta.date() == null ? "No date" : Dates.format(meta.date()));
        if (meta.source() != null) {
            parts.add(meta.source());
        }
        if (meta.dateline() != null) {
            parts.add(meta.dateline());
        }
        return String.join("  ·  ", parts);
    }
}
