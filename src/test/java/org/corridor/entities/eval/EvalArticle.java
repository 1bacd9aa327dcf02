package org.corridor.entities.eval;

import java.util.List;
import org.corridor.corpus.Article;

/** An evaluation article as the annotate command reads it, with the expert's mentions inside its body. */
public record EvalArticle(String name, Article article, List<GoldMention> gold, int goldOutsideBody) {
}
