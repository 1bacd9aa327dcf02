package org.corridor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.entities.Category;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity and tag filters over the five seed articles, with the counts a researcher sees beside each filter. */
class FacetSearchTest {

    static final String SUN_WEIDONG = "person:sun-weidong";
    static final String FIVE_CORRIDORS = EntityFacet.GROUP_PREFIX + "cpec2-corridors";

    @TempDir
    Path workspace;
    SearchIndex index;
    Corpus corpus;

    @BeforeEach
    void open() throws IOException {
        corpus = new CorpusLoader(new ArticleParser()).load(Path.of("seeds"), workspace, ProgressListener.NONE);
        index = SearchIndex.open(workspace, List.of(EntityFacet.forWorkspace(workspace)));
        index.sync(corpus, ProgressListener.NONE);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private String id(String prefix) {
        return corpus.articles().stream().map(m -> m.id()).filter(i -> i.startsWith(prefix)).findFirst().orElseThrow();
    }

    private SearchResults search(String query, Map<String, Set<String>> filters, List<LiveFacet> live)
            throws Exception {
        return index.search(new SearchRequest(query, null, null, filters, 20, live));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void anEntityFilterFindsTheArticlesMentioningIt() throws Exception {
        SearchResults results = search("", Map.of(EntityFacet.DIMENSION, Set.of(SUN_WEIDONG)), List.of());

        assertThat(ids(results)).containsExactly(id("000"), id("001"));
        // the entity's own count ignores its filter, the other dimensions are counted over the two hits
        assertThat(results.facets().get(EntityFacet.DIMENSION)).containsEntry(SUN_WEIDONG, 2)
                .containsEntry("country:pk", 5);
        assertThat(results.facets().get("source")).containsOnly(Map.entry("APP", 1));
    }

    @Test
    void aGroupIsOneFilterForAllItsMembers() throws Exception {
        SearchResults corridors = search("", Map.of(EntityFacet.DIMENSION, Set.of(FIVE_CORRIDORS)), List.of());

        assertThat(ids(corridors)).containsExactly(id("000"));
        SearchResults combined = search("corridor", Map.of(EntityFacet.DIMENSION, Set.of(FIVE_CORRIDORS, SUN_WEIDONG)),
                List.of());
        assertThat(ids(combined)).containsExactly(id("000"), id("001"));
    }

    @Test
    void valuesAreNamedForTheFilterMenu() throws IOException {
        EntityFacet entities = EntityFacet.forWorkspace(workspace);

        assertThat(entities.label(FIVE_CORRIDORS))
                .isEqualTo(new EntityFacet.Label("five corridors of CPEC 2.0", Category.INITIATIVE));
        assertThat(entities.label("group:5Es").name()).isEqualTo("5 Es");
        assertThat(entities.label("country:pk").category()).isEqualTo(Category.ACTOR);
        assertThat(entities.label(SUN_WEIDONG)).isEqualTo(new EntityFacet.Label("Sun Weidong", Category.ACTOR));
    }

    @Test
    void aTagFilterIncludesChildTagsAndNeedsNoReindex() throws Exception {
        Tag security = new Tag("t-sec", "Security", null, "#aa0000", "");
        Tag terrorism = new Tag("t-ter", "Terrorism", "t-sec", "#bb0000", "");
        Tag economy = new Tag("t-eco", "Economy", null, "#00aa00", "");
        NotesSnapshot notes = new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA,
                new Codebook(List.of(security, terrorism, economy)), List.of(
                        annotation(id("002"), "t-ter"), annotation(id("003"), "t-sec"),
                        annotation(id("004"), "t-eco"), annotation(id("004"), "t-ter")));
        List<LiveFacet> live = List.of(TagFacet.of(notes));

        SearchResults bySecurity = search("", Map.of(TagFacet.DIMENSION, Set.of("t-sec")), live);
        assertThat(ids(bySecurity)).containsExactly(id("002"), id("003"), id("004"));
        assertThat(bySecurity.facets().get(TagFacet.DIMENSION))
                .containsOnly(Map.entry("t-sec", 3), Map.entry("t-ter", 2), Map.entry("t-eco", 1));

        SearchResults byTerrorism = search("", Map.of(TagFacet.DIMENSION, Set.of("t-ter")), live);
        assertThat(ids(byTerrorism)).containsExactly(id("002"), id("004"));
        // the tag counts follow the other filters: with the source PTI only article 002 is left
        SearchResults withSource = search("", Map.of("source", Set.of("PTI")), live);
        assertThat(withSource.facets().get(TagFacet.DIMENSION))
                .containsOnly(Map.entry("t-sec", 1), Map.entry("t-ter", 1));
    }

    @Test
    void entityAndTagFiltersCombineWithTheQuery() throws Exception {
        NotesSnapshot notes = new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA,
                new Codebook(List.of(new Tag("t-a", "Visits", null, "#0000aa", ""))),
                List.of(annotation(id("000"), "t-a"), annotation(id("002"), "t-a")));
        List<LiveFacet> live = List.of(TagFacet.of(notes));

        SearchResults results = search("pakistan", Map.of(EntityFacet.DIMENSION, Set.of(SUN_WEIDONG),
                TagFacet.DIMENSION, Set.of("t-a")), live);

        assertThat(ids(results)).containsExactly(id("000"));
        assertThat(results.facets().get(TagFacet.DIMENSION)).containsOnly(Map.entry("t-a", 1));
        assertThat(results.facets().get(EntityFacet.DIMENSION)).containsEntry(SUN_WEIDONG, 1)
                .containsEntry("person:imran-khan", 1);
    }

    private static Annotation annotation(String articleId, String tagId) {
        OffsetDateTime now = OffsetDateTime.parse("2026-01-01T10:00:00Z");
        return new Annotation(articleId + tagId, articleId, "", "", "", List.of(tagId), "", now, now, null);
    }
}
