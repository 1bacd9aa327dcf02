package org.corridor.search;

import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.importing.SimilarArticles;

/**
 * Full-text search over a corpus with Apache Lucene, the index living in {@code <workspace>/index/}. Open it, then
 * {@link #sync} it with the catalog (the first sync builds it, later ones only touch what changed), then search.
 * Searching is safe from any thread, also while a sync runs: results then come from the last committed state.
 */
public final class SearchIndex implements AutoCloseable {

    public static final String FOLDER = "index";

    /**
     * What a sync changed; {@code refreshed} counts the unchanged articles indexed again because their facet
     * values may have changed (after a correction of the recogniser); {@code missing} counts the corpus's articles
     * the index still lacks because another process owns it and has not indexed them (yet).
     */
    public record Changes(int added, int replaced, int removed, int unreadable, int refreshed, int missing) {

        /** True when searching may miss articles of the corpus. */
        public boolean incomplete() {
            return missing > 0;
        }
    }

    /** The progress message while another process builds the index this one waits for. */
    public static final String WAITING = "waiting for another process to finish building the search index";
    private static final long POLL_MILLIS = 300;
    /** The owner commits every few seconds while it builds; this long without a new commit, it is not building. */
    private static final long STALL_NANOS = 20_000_000_000L;

    private static final Set<String> LISTED_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
            IndexSchema.SOURCE);
    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexSchema.DATE, SortField.Type.LONG, true));

    private final Analyzer analyzer;
    private final IndexStore store;
    private final IndexUpdater updater;
    private final Highlights highlights;
    private final List<String> dimensions;

    private SearchIndex(Analyzer analyzer, IndexStore store, List<FacetContributor> contributors) {
        this.analyzer = analyzer;
        this.store = store;
        this.highlights = new Highlights(analyzer);
        this.updater = new IndexUpdater(store, contributors, analyzer, Runtime.getRuntime().availableProcessors());
        List<String> dims = new ArrayList<>(List.of(IndexSchema.SOURCE_DIMENSION));
        contributors.forEach(c -> dims.add(c.dimension()));
        this.dimensions = List.copyOf(dims);
    }

    /** Opens (or creates, or rebuilds when unreadable) the index of a workspace. */
    public static SearchIndex open(Path workspace, List<FacetContributor> contributors) throws IOException {
        Path folder = workspace.toAbsolutePath().normalize().resolve(FOLDER);
        SearchAnalyzer analyzer = new SearchAnalyzer();
        return new SearchIndex(analyzer, IndexStore.open(folder, analyzer), contributors);
    }

    /** Why the index had to be rebuilt from scratch on open (damaged, other version), or null. */
    public String rebuildReason() {
        return store.rebuildReason();
    }

    /** True when another process owns the index: searching works, updating does not. */
    public boolean readOnly() {
        return store.writer() == null;
    }

    /** The facet dimensions, {@code source} first. */
    public List<String> dimensions() {
        return dimensions;
    }

    /**
     * Brings the index in line with the corpus. When another process owns the index, waits while it builds (as long
     * as it commits progress), takes over if it goes away, and otherwise reports how many articles are missing.
     */
    public Changes sync(Corpus corpus, ProgressListener progress) throws IOException {
        if (!store.tryTakeOver()) {
            return awaitOwner(corpus, progress);
        }
        IndexUpdater.Result r = updater.sync(corpus, progress);
        return new Changes(r.added(), r.replaced(), r.removed(), r.unreadable(), r.restamped(), 0);
    }

    private Changes awaitOwner(Corpus corpus, ProgressListener progress) throws IOException {
        int total = corpus.articles().size();
        long seenGeneration = Long.MIN_VALUE;
        long seenAt = System.nanoTime();
        while (true) {
            if (store.tryTakeOver()) {
                return sync(corpus, progress);
            }
            int indexed = store.refresh() ? updater.upToDate(corpus) : 0;
            long generation = store.generation();
            if (generation != seenGeneration) {
                seenGeneration = generation;
                seenAt = System.nanoTime();
            }
            if (indexed >= total || progress.isCancelled() || System.nanoTime() - seenAt > STALL_NANOS) {
                return new Changes(0, 0, 0, 0, 0, total - indexed);
            }
            progress.progress(indexed, total, WAITING);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Changes(0, 0, 0, 0, 0, total - indexed);
            }
        }
    }

    /** Re-indexes these articles, e.g. when their tags changed. */
    public void refresh(Corpus corpus, Collection<String> ids) throws IOException {
        updater.refresh(corpus, ids);
    }

    /** Number of indexed articles. */
    public int size() throws IOException {
        if (!store.searchable()) {
            return 0;
        }
        IndexSearcher searcher = store.searchers().acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            store.searchers().release(searcher);
        }
    }

    /** Every value of a facet dimension that some indexed article carries. */
    public Set<String> values(String dimension) throws IOException {
        store.searchers().maybeRefresh();
        IndexSearcher searcher = store.searchers().acquire();
        try {
            return Set.copyOf(searcher.search(new MatchAllDocsQuery(), FacetCounter.manager(dimension)).keySet());
        } finally {
            store.searchers().release(searcher);
        }
    }

    public SearchResults search(SearchRequest request) throws IOException, QuerySyntaxException {
        Query text = UserQuery.parse(request.query(), analyzer);
        store.searchers().maybeRefresh();
        IndexSearcher searcher = store.searchers().acquire();
        try {
            return search(searcher, request, text);
        } catch (IndexSearcher.TooManyClauses e) {
            // Thrown when prefix* words expand, after parsing: the same advice as for a long query.
            throw new QuerySyntaxException(UserQuery.TOO_MANY_CLAUSES);
        } finally {
            store.searchers().release(searcher);
        }
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request, Query text) throws IOException {
        boolean ranked = !UserQuery.isEmpty(request.query());
        int limit = Math.max(1, request.limit());
        CollectorManager<?, ? extends TopDocs> best = ranked ? new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE)
                : new TopFieldCollectorManager(NEWEST_FIRST, limit, Integer.MAX_VALUE);
        // Dimensions without a filter of their own are counted in the same pass as the top hits.
        List<String> sameQuery = new ArrayList<>();
        List<CollectorManager<?, ?>> managers = new ArrayList<>(List.of(best));
        for (String dim : dimensions) {
            if (!request.filters().containsKey(dim)) {
                sameQuery.add(dim);
                managers.add(FacetCounter.manager(dim));
            }
        }
        Object[] results = searcher.search(filtered(text, request, null),
                new MultiCollectorManager(managers.toArray(CollectorManager[]::new)));
        TopDocs topDocs = (TopDocs) results[0];
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String dim : dimensions) {
            int i = sameQuery.indexOf(dim);
            @SuppressWarnings("unchecked")
            Map<String, Integer> counts = i >= 0 ? (Map<String, Integer>) results[i + 1]
                    : searcher.search(filtered(text, request, dim), FacetCounter.manager(dim));
            facets.put(dim, counts);
        }
        for (LiveFacet live : request.live()) {
            facets.put(live.dimension(), countLive(searcher, text, request, live));
        }
        ScoreDoc[] top = Arrays.copyOf(topDocs.scoreDocs, Math.min(topDocs.scoreDocs.length, request.limit()));
        List<Snippet> snippets = highlights.snippets(searcher, text,
                Arrays.stream(top).mapToInt(sd -> sd.doc).toArray());
        List<SearchHit> hits = new ArrayList<>(top.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < top.length; i++) {
            Document doc = stored.document(top[i].doc, LISTED_FIELDS);
            hits.add(new SearchHit(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), IndexSchema.date(doc),
                    doc.get(IndexSchema.SOURCE), ranked ? top[i].score : 0, snippets.get(i)));
        }
        return new SearchResults(topDocs.totalHits.value, hits, facets);
    }

    /**
     * Counts a query-time facet: only its articles can carry a value, so the search (without the facet's own
     * filter) is narrowed to them and their ids read from doc values; a few thousand annotated articles cost little
     * even when 100,000 match.
     */
    private static Map<String, Integer> countLive(IndexSearcher searcher, Query text, SearchRequest request,
                                                  LiveFacet live) throws IOException {
        if (live.valuesByArticle().isEmpty()) {
            return Map.of();
        }
        Query query = new BooleanQuery.Builder().add(filtered(text, request, live.dimension()), Occur.MUST)
                .add(withIds(live.valuesByArticle().keySet()), Occur.FILTER).build();
        return live.count(searcher.search(query, FacetCounter.managerOfField(IndexSchema.ID)).keySet());
    }

    private static Query withIds(Collection<String> ids) {
        return new TermInSetQuery(IndexSchema.ID, ids.stream().map(BytesRef::new).toList());
    }

    /** The text query with the date range and every facet filter except {@code skipDimension}'s. */
    private static Query filtered(Query text, SearchRequest request, String skipDimension) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (request.hasDateRange()) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), Occur.FILTER);
        }
        for (Map.Entry<String, Set<String>> f : request.filters().entrySet()) {
            if (f.getKey().equals(skipDimension) || f.getValue().isEmpty()) {
                continue;
            }
            LiveFacet live = request.liveFacet(f.getKey());
            if (live != null) {
                b.add(withIds(live.articlesWithAnyOf(f.getValue())), Occur.FILTER);
                continue;
            }
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String value : f.getValue()) {
                anyOf.add(new TermQuery(new Term(IndexSchema.facetField(f.getKey()), value)), Occur.SHOULD);
            }
            b.add(anyOf.build(), Occur.FILTER);
        }
        return b.build();
    }

    /** Where the query hits an article's text (title, body, anything), for the reader's highlight layer. */
    public List<Snippet.Span> hitRanges(String query, String text) throws QuerySyntaxException {
        if (UserQuery.isEmpty(query)) {
            return List.of();
        }
        try {
            return highlights.ranges(UserQuery.parse(query, analyzer), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory does no I/O
        }
    }

    /** Near-duplicate candidates for the importer, from the MinHash keys every indexed article carries. */
    public SimilarArticles similarArticles() {
        return new SignatureLookup(store);
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
