package org.corridor.export;

import java.io.IOException;
import java.util.Optional;
import org.corridor.corpus.Article;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.UnreadableFileException;

/** Opens an article's text on demand, so an export of a large corpus never holds every text at once. */
@FunctionalInterface
public interface ArticleTexts {

    /** The article, or empty when the corpus does not have it. */
    Optional<Article> open(String articleId) throws IOException;

    static ArticleTexts of(Corpus corpus) {
        return id -> {
            if (corpus.find(id).isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(corpus.open(id));
            } catch (UnreadableFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }
}
