package org.corridor.entities;

import java.util.List;
import org.corridor.corpus.Article;

/** Finds the mentions of an article's body. Implementations are pure functions of text, date and lexicon. */
public interface Recogniser {

    /** Mentions in {@code article.text()} between its body start and end, sorted by start, then category. */
    List<Mention> recognise(Article article);
}
