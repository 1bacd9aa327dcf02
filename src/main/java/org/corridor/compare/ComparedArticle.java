package org.corridor.compare;

import java.time.LocalDate;
import org.corridor.corpus.ArticleMeta;

/** What a comparison says about each of its two articles. */
public record ComparedArticle(String id, String title, LocalDate date, String source, int sentences, int words) {

    static ComparedArticle of(ArticleMeta meta, int sentences, int words) {
        return new ComparedArticle(meta.id(), meta.title(), meta.date(), meta.source(), sentences, words);
    }
}
