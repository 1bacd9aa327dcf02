package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.corridor.corpus.Article;
import org.corridor.entities.user.Correction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingRecogniserTest {

    @TempDir
    Path workspace;

    @Test
    void remembersAnArticleUntilTheLexiconChanges() throws IOException {
        LexiconService lexicon = Recognisers.lexiconFor(workspace);
        CachingRecogniser cached = Recognisers.cached(lexicon);
        Article article = Fixtures.article("a", "The Hunza Apricot Guild met in Gilgit.");

        List<Mention> first = cached.recognise(article);
        assertThat(cached.recognise(article)).isSameAs(first);

        lexicon.corrections().add(Correction.entity("Hunza Apricot Guild", Category.ACTOR, "organisation", null));
        List<Mention> after = cached.recognise(article);
        assertThat(after).isNotSameAs(first).extracting(Mention::text).contains("Hunza Apricot Guild");
    }

    @Test
    void forgetsTheOldestArticlesBeyondItsCapacity() {
        CachingRecogniser cached = new CachingRecogniser(new EntityRecogniser(Fixtures.lexicon()), 2);
        for (int i = 0; i < 5; i++) {
            cached.recognise(Fixtures.article("a" + i, "Article " + i + " about Gwadar."));
        }
        assertThat(cached.size()).isEqualTo(2);
    }
}
