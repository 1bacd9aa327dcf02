package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corridor.notes.Annotation;
import org.corridor.notes.NotesSnapshot;
import org.junit.jupiter.api.Test;

class ExportScopeTest extends NotesFixtureTest {

    private List<String> quotes(ExportScope scope) throws Exception {
        return scope.selectNotes(fixture.notes, fixture.corpus).stream()
                .flatMap(a -> a.annotations().stream()).map(a -> a.anchor().exact()).toList();
    }

    @Test
    void allTakesEveryAnnotationArticlesNewestFirstUndatedLastPassagesInTextOrder() throws Exception {
        List<ArticleNotes> articles = ExportScope.all().selectNotes(fixture.notes, fixture.corpus);

        assertThat(articles).extracting(ArticleNotes::id).containsExactly("000_1b5463ecf60b4d06",
                "001_873c68e08173f6cd", "002_7fe1a2b5e3bb247c", "004_f7e47c8c0e29e705", NotesFixture.CRLF_ARTICLE);
        List<Annotation> first = articles.get(0).annotations();
        assertThat(first.get(0).anchor().start()).isLessThan(first.get(1).anchor().start());
        assertThat(articles.stream().mapToInt(a -> a.annotations().size()).sum()).isEqualTo(7);
    }

    @Test
    void aTagTakesItsChildrenToo() throws Exception {
        ExportScope economy = new ExportScope(Set.of(), Set.of(NotesFixture.ECONOMY.id()), null, null);

        assertThat(quotes(economy)).containsExactlyInAnyOrder(
                "strategic cooperative partnership, including high-quality development",
                "China-Pakistan Economic Corridor (CPEC)", "all-weather strategic cooperative partnership");
        assertThat(economy.label(fixture.notes.codebook())).isEqualTo("all articles; tags: Economy");
    }

    @Test
    void forATableOfArticlesATagTakesTheArticlesHoldingSuchPassages() throws Exception {
        ExportScope economy = new ExportScope(Set.of(), Set.of(NotesFixture.ECONOMY.id()), null, null);
        Set<String> tagged = economy.selectNotes(fixture.notes, fixture.corpus).stream().map(ArticleNotes::id)
                .collect(java.util.stream.Collectors.toSet());

        assertThat(economy.selectArticles(fixture.notes, fixture.corpus)).extracting(ArticleNotes::id)
                .containsExactlyInAnyOrderElementsOf(tagged).hasSizeLessThan(fixture.corpus.size());
        assertThat(ExportScope.all().selectArticles(fixture.notes, fixture.corpus)).hasSize(fixture.corpus.size());
    }

    @Test
    void articlesAndDateRangeNarrowTheSelection() throws Exception {
        assertThat(quotes(new ExportScope(Set.of("004_f7e47c8c0e29e705"), Set.of(), null, null)))
                .containsExactly("China-Pakistan Economic Corridor (CPEC)");
        ExportScope range = new ExportScope(Set.of(), Set.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(range.selectNotes(fixture.notes, fixture.corpus)).extracting(ArticleNotes::id)
                .containsExactly("001_873c68e08173f6cd");
    }

    @Test
    void anEmptyScopeIsAClearError() {
        ExportScope nothing = new ExportScope(Set.of("no-such-article"), Set.of(), null, null);

        assertThatThrownBy(() -> nothing.selectNotes(fixture.notes, fixture.corpus))
                .isInstanceOf(EmptyScopeException.class)
                .hasMessageContaining("no annotation matches articles: no-such-article");
        assertThatThrownBy(() -> nothing.selectArticles(fixture.notes, fixture.corpus))
                .isInstanceOf(EmptyScopeException.class);
    }

    @Test
    void notesOfAnArticleMissingFromTheCorpusStillLeaveWithTheirHints() throws Exception {
        Annotation a = fixture.notes.annotations().get(4);
        Annotation moved = new Annotation(a.id(), "gone", "A lost article", "/old/place/gone.txt", null, a.tagIds(),
                a.note(), a.created(), a.modified(), a.anchor());
        var notes = new NotesSnapshot(1, fixture.notes.codebook(), List.of(moved));

        ArticleNotes article = ExportScope.all().selectNotes(notes, fixture.corpus).get(0);

        assertThat(article.inCorpus()).isFalse();
        assertThat(article.title()).isEqualTo("A lost article");
        assertThat(article.fileName()).isEqualTo("gone.txt");
    }
}
