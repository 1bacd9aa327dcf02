package org.corridor.notes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;

/** Writes a workspace notes file with the starter codebook and tagged passages of the seed articles, for tests. */
public final class TaggedSeeds {

    private TaggedSeeds() {
    }

    /** Tags the first {@code passage} of a seed's body with the starter codebook's tag {@code tagName}. */
    public static void tag(Path workspace, String articleId, String tagName, String passage) throws Exception {
        Corpus corpus = new CorpusLoader(new ArticleParser()).load(Path.of("seeds"), ProgressListener.NONE);
        try (NotesStore store = NotesStore.open(workspace, Clock.systemDefaultZone())) {
            UndoHistory history = new UndoHistory(store.notebook());
            if (store.notebook().snapshot().codebook().tags().isEmpty()) {
                history.perform(new CodebookEdits(Clock.systemDefaultZone()).acceptStarter(store.notebook().snapshot()));
            }
            String tagId = store.notebook().snapshot().codebook().tags().stream()
                    .filter(t -> t.name().equals(tagName)).findFirst().orElseThrow().id();
            Article article = corpus.open(articleId);
            int at = article.text().indexOf(passage, article.bodyStart());
            history.perform(new AnnotationEdits(Clock.systemDefaultZone()).tagPassage(store.notebook().snapshot(),
                    article, at, at + passage.length(), List.of(tagId), ""));
            store.save();
        }
    }
}
