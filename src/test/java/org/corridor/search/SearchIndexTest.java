package org.corridor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search semantics a researcher relies on, over a small corpus written by the test. */
class SearchIndexTest {

    @TempDir
    Path dir;
    Path corpusDir;
    Path workspace;
    SearchIndex index;
    final CorpusLoader loader = new CorpusLoader(new ArticleParser());

    @BeforeEach
    void corpus() throws IOException {
        corpusDir = Files.createDirectories(dir.resolve("corpus"));
        workspace = dir.resolve("workspace");
        article("gwadar", "2020-03-01", "Gwadar port expansion approved",
                "ISLAMABAD (APP) – The economic corridor will reach Gwadar, where the port is being expanded.");
        article("karot", "2021-07-15", "Karot hydropower plant opens",
                "RAWALPINDI (Dawn) – The hydropower plant on the Jhelum is part of the economic corridor.");
        article("thar", "2022-11-30", "Coal from Thar",
                "KARACHI (Dawn) – Thar coal feeds a power plant; the corridor's economic zones need electricity.");
        article("security", "2023-05-09", "Security for Chinese workers",
                "BEIJING (Xinhua) – Security of Chinese workers on corridor projects was discussed with Gwadar officials.");
        article("undated", null, "Hydroelectric dams on the Indus",
                "QUETTA (APP) – Hydroelectric dams and railways were discussed; Sun Weidong visited Islamabad.");
        index = SearchIndex.open(workspace, List.of());
        index.sync(load(), ProgressListener.NONE);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void article(String name, String date, String headline, String body) throws IOException {
        Files.writeString(corpusDir.resolve(name + ".txt"),
                (date == null ? "" : " date " + date + " ") + headline + "\n\n" + body + "\n");
    }

    private Corpus load() throws IOException {
        return loader.load(corpusDir, workspace, ProgressListener.NONE);
    }

    private List<String> ids(String query) throws Exception {
        return ids(SearchRequest.of(query, 20));
    }

    private List<String> ids(SearchRequest request) throws Exception {
        return index.search(request).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void everyWordMustOccurAndAPhraseMustOccurAsWritten() throws Exception {
        assertThat(ids("economic corridor")).containsExactlyInAnyOrder("gwadar", "karot", "thar");
        assertThat(ids("\"economic corridor\"")).containsExactlyInAnyOrder("gwadar", "karot");
    }

    @Test
    void booleanOperatorsCombineWords() throws Exception {
        assertThat(ids("gwadar OR hydropower")).containsExactlyInAnyOrder("gwadar", "security", "karot");
        assertThat(ids("corridor NOT gwadar")).containsExactlyInAnyOrder("karot", "thar");
        assertThat(ids("(coal OR railways) AND -thar")).containsExactly("undated");
    }

    @Test
    void prefixMatchesEveryWordStartingWithIt() throws Exception {
        assertThat(ids("hydro*")).containsExactlyInAnyOrder("karot", "undated");
    }

    @Test
    void aTitleMatchRanksAboveAPassingMention() throws Exception {
        assertThat(ids("security")).containsExactly("security");
        assertThat(ids("gwadar")).containsExactly("gwadar", "security");
    }

    @Test
    void dateRangeIsInclusiveAndLeavesOutUndatedArticles() throws Exception {
        SearchRequest range = new SearchRequest("", LocalDate.of(2021, 7, 15), LocalDate.of(2022, 11, 30),
                Map.of(), 20);
        assertThat(ids(range)).containsExactly("thar", "karot");
        assertThat(ids(new SearchRequest("", null, LocalDate.of(2020, 12, 31), Map.of(), 20)))
                .containsExactly("gwadar");
    }

    @Test
    void anEmptyQueryListsNewestFirst() throws Exception {
        assertThat(ids("")).containsExactly("security", "thar", "karot", "gwadar", "undated");
    }

    @Test
    void sourceFilterTakesAnyOfTheChosenSourcesAndItsCountsIgnoreTheirOwnFilter() throws Exception {
        SearchRequest request = new SearchRequest("corridor", LocalDate.of(2021, 1, 1), null,
                Map.of("source", Set.of("Dawn")), 20);

        SearchResults results = index.search(request);

        assertThat(results.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("karot", "thar");
        assertThat(results.total()).isEqualTo(2);
        // every source the user could add, counted within the query and the date range
        assertThat(results.facets().get("source")).isEqualTo(Map.of("Dawn", 2, "Xinhua", 1));
        assertThat(ids(new SearchRequest("corridor", null, null, Map.of("source", Set.of("Dawn", "Xinhua")), 20)))
                .containsExactlyInAnyOrder("karot", "thar", "security");
    }

    @Test
    void eachHitCarriesTitleDateSourceAndASnippetWithTheWordsMarked() throws Exception {
        SearchHit hit = index.search(SearchRequest.of("\"economic corridor\" gwadar", 20)).hits().get(0);

        assertThat(hit.id()).isEqualTo("gwadar");
        assertThat(hit.title()).isEqualTo("Gwadar port expansion approved");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(hit.source()).isEqualTo("APP");
        assertThat(hit.score()).isPositive();
        Snippet snippet = hit.snippet();
        assertThat(snippet.marks()).extracting(m -> snippet.text().substring(m.start(), m.end()))
                .containsExactly("economic corridor", "Gwadar");
        assertThat(snippet.markdown()).contains("The **economic corridor** will reach **Gwadar**");
    }

    @Test
    void hitRangesPointAtTheWordsInTheArticleText() throws Exception {
        String text = " date 2020-01-01 Title\n\nSun Weidong met officials. Later, sun and weidong separately.";
        List<Snippet.Span> spans = index.hitRanges("\"sun weidong\" OR official*", text);
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Sun Weidong", "officials");
    }

    @Test
    void aQueryThatCannotBeParsedSaysWhatToFix() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("\"economic corridor", 20)))
                .isInstanceOf(QuerySyntaxException.class).hasMessage("A quotation mark is not closed.");
        assertThatThrownBy(() -> index.search(SearchRequest.of("*corridor", 20)))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("corrid*");
    }

    @Test
    void syncAddsReplacesAndRemovesOnlyWhatChanged() throws Exception {
        article("new", "2024-01-01", "Railway upgrade", "LAHORE (APP) – The ML-1 railway upgrade begins.");
        Files.delete(corpusDir.resolve("thar.txt"));
        article("karot", "2021-07-15", "Karot hydropower plant opens",
                "RAWALPINDI (Dawn) – The hydropower plant now sends power to Lahore.");

        SearchIndex.Changes changes = index.sync(load(), ProgressListener.NONE);

        assertThat(changes).isEqualTo(new SearchIndex.Changes(1, 1, 1, 0, 0, 0));
        assertThat(index.size()).isEqualTo(5);
        assertThat(ids("lahore")).containsExactlyInAnyOrder("new", "karot");
        assertThat(ids("coal")).isEmpty();
        assertThat(index.sync(load(), ProgressListener.NONE)).isEqualTo(new SearchIndex.Changes(0, 0, 0, 0, 0, 0));
    }

    @Test
    void aDeletedIndexFolderIsRebuiltOnTheNextOpen() throws Exception {
        index.close();
        deleteTree(workspace.resolve(SearchIndex.FOLDER));

        index = SearchIndex.open(workspace, List.of());
        assertThat(index.size()).isZero();
        assertThat(index.sync(load(), ProgressListener.NONE).added()).isEqualTo(5);

        assertThat(ids("hydro*")).containsExactlyInAnyOrder("karot", "undated");
    }

    @Test
    void aDamagedIndexIsWipedAndRebuiltWithTheReasonSaid() throws Exception {
        index.close();
        try (Stream<Path> files = Files.list(workspace.resolve(SearchIndex.FOLDER))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }

        index = SearchIndex.open(workspace, List.of());
        assertThat(index.rebuildReason()).startsWith("The index could not be read");
        index.sync(load(), ProgressListener.NONE);

        assertThat(ids("gwadar")).containsExactly("gwadar", "security");
    }

    @Test
    void facetContributorsAddFilterableCountedDimensions() throws Exception {
        index.close();
        FacetContributor tags = new FacetContributor() {
            @Override
            public String dimension() {
                return "tag";
            }

            @Override
            public List<String> values(org.corridor.corpus.Article article) {
                return article.body().contains("power") ? List.of("energy") : List.of("other");
            }
        };
        deleteTree(workspace.resolve(SearchIndex.FOLDER));
        index = SearchIndex.open(workspace, List.of(tags));
        index.sync(load(), ProgressListener.NONE);

        SearchResults results = index.search(new SearchRequest("corridor", null, null,
                Map.of("tag", Set.of("energy")), 20));

        assertThat(index.dimensions()).containsExactly("source", "tag");
        assertThat(results.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("karot", "thar");
        assertThat(results.facets().get("tag")).isEqualTo(Map.of("energy", 2, "other", 2));
        assertThat(results.facets().get("source")).isEqualTo(Map.of("Dawn", 2));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
