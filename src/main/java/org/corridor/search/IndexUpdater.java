package org.corridor.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.UnreadableFileException;

/**
 * Brings the index in line with the catalog: articles that are new or whose text changed (another fingerprint)
 * are (re)indexed, articles gone from the corpus are removed. The first open is therefore just a sync against an
 * empty index, an import a sync that finds a few new ids. A facet contributor whose {@link FacetContributor#stamp
 * stamp} changed since the last sync (the user corrected the recogniser) has the articles it names indexed again,
 * and only those. Work is spread over all cores (IndexWriter is thread-safe); a cancelled sync commits what it did
 * but not the new stamps, so the next one carries on from there.
 */
final class IndexUpdater {

    /** What a sync changed. */
    record Result(int added, int replaced, int removed, int unreadable, int restamped) {
    }

    private static final String STAMP_PREFIX = "corridor.stamp.";
    /** Beyond this many changed phrases one query would be too large: every article is indexed again. */
    private static final int MAX_PHRASES = 400;
    /**
     * A long build commits this often, so processes reading the index see it grow (and know its owner is at work),
     * and a build cut short by a crash keeps what it did.
     */
    private static final long COMMIT_INTERVAL_NANOS = 2_000_000_000L;

    private final IndexStore store;
    private final List<FacetContributor> contributors;
    private final QueryBuilder phrases;
    private final int threads;

    IndexUpdater(IndexStore store, List<FacetContributor> contributors, Analyzer analyzer, int threads) {
        this.store = store;
        this.contributors = List.copyOf(contributors);
        this.phrases = new QueryBuilder(analyzer);
        this.threads = Math.max(1, threads);
    }

    /** One sync at a time: two would both see an article as new and index it twice. */
    synchronized Result sync(Corpus corpus, ProgressListener progress) throws IOException {
        IndexWriter writer = store.writer();
        if (writer == null) {
            return new Result(0, 0, 0, 0, 0);
        }
        progress.progress(0, -1, "Checking the search index…");
        Map<String, String> indexed = indexedFingerprints();
        List<String> fresh = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Set<String> unchanged = new HashSet<>();
        for (ArticleMeta meta : corpus.articles()) {
            String fingerprint = indexed.remove(meta.id());
            if (fingerprint == null) {
                fresh.add(meta.id());
            } else if (!fingerprint.equals(meta.fingerprint())) {
                changed.add(meta.id());
            } else {
                unchanged.add(meta.id());
            }
        }
        Map<String, String> stamps = new HashMap<>();
        Set<String> restamped = staleFacetValues(unchanged, stamps);
        changed.addAll(restamped);
        for (String gone : indexed.keySet()) {
            writer.deleteDocuments(new Term(IndexSchema.ID, gone));
        }
        int unreadable = write(corpus, fresh, changed, progress);
        if (!progress.isCancelled()) {
            store.recordOnCommit(stamps);
        }
        if (!fresh.isEmpty() || !changed.isEmpty() || !indexed.isEmpty() || !stamps.isEmpty()) {
            writer.commit();
            store.searchers().maybeRefreshBlocking();
        }
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        return new Result(fresh.size(), changed.size() - restamped.size(), indexed.size(), unreadable,
                restamped.size());
    }

    /**
     * The unchanged articles whose facet values may differ now because a contributor's stamp changed, and
     * ({@code stamps}) the stamps to record once they are indexed again.
     */
    private Set<String> staleFacetValues(Set<String> unchanged, Map<String, String> stamps) throws IOException {
        Map<String, String> committed = store.commitData();
        Set<String> stale = new HashSet<>();
        boolean everything = false;
        for (FacetContributor c : contributors) {
            String key = STAMP_PREFIX + c.dimension();
            String before = committed.getOrDefault(key, "");
            String now = c.stamp();
            if (before.equals(now)) {
                continue;
            }
            stamps.put(key, now);
            Set<String> affected = c.changedPhrases(before, now).map(this::articlesMentioning).orElse(null);
            if (affected == null) {
                everything = true;
            } else {
                affected.retainAll(unchanged);
                stale.addAll(affected);
            }
        }
        return everything ? unchanged : stale;
    }

    /** Ids of the articles whose title or text contains one of the phrases; null when that cannot be told. */
    private Set<String> articlesMentioning(Set<String> texts) {
        if (texts.size() > MAX_PHRASES) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String text : texts) {
            for (String field : List.of(IndexSchema.TITLE, IndexSchema.BODY)) {
                Query phrase = phrases.createPhraseQuery(field, text);
                if (phrase == null) {
                    return null; // nothing searchable in it (punctuation, a stop word): any article may hold it
                }
                any.add(phrase, Occur.SHOULD);
            }
        }
        try {
            IndexSearcher searcher = store.searchers().acquire();
            try {
                return new HashSet<>(searcher.search(any.build(), FacetCounter.managerOfField(IndexSchema.ID))
                        .keySet());
            } finally {
                store.searchers().release(searcher);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** How many of the corpus's articles the committed index holds in their current version. */
    int upToDate(Corpus corpus) throws IOException {
        Map<String, String> indexed = indexedFingerprints();
        int count = 0;
        for (ArticleMeta meta : corpus.articles()) {
            if (meta.fingerprint().equals(indexed.get(meta.id()))) {
                count++;
            }
        }
        return count;
    }

    /** Re-indexes these articles, e.g. after a facet contributor's values for them changed. */
    synchronized void refresh(Corpus corpus, Collection<String> ids) throws IOException {
        if (store.writer() == null) {
            return;
        }
        write(corpus, List.of(), List.copyOf(ids), ProgressListener.NONE);
        store.writer().commit();
        store.searchers().maybeRefreshBlocking();
    }

    /** Id → fingerprint of every live document, read from doc values (no stored fields touched). */
    private Map<String, String> indexedFingerprints() throws IOException {
        store.searchers().maybeRefreshBlocking();
        IndexSearcher searcher = store.searchers().acquire();
        try {
            Map<String, String> out = new HashMap<>(searcher.getIndexReader().numDocs() * 2);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
                SortedDocValues prints = DocValues.getSorted(leaf.reader(), IndexSchema.FINGERPRINT);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && prints.advanceExact(doc)) {
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                                prints.lookupOrd(prints.ordValue()).utf8ToString());
                    }
                }
            }
            return out;
        } finally {
            store.searchers().release(searcher);
        }
    }

    /** Indexes new and changed articles on {@code threads} workers; returns how many files could not be read. */
    private int write(Corpus corpus, List<String> fresh, List<String> changed, ProgressListener progress)
            throws IOException {
        int total = fresh.size() + changed.size();
        if (total == 0) {
            return 0;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        AtomicLong lastCommit = new AtomicLong(System.nanoTime());
        IndexWriter writer = store.writer();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corridor-indexer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total && !progress.isCancelled();
                         i = next.getAndIncrement()) {
                        boolean replace = i >= fresh.size();
                        String id = replace ? changed.get(i - fresh.size()) : fresh.get(i);
                        Article article = open(corpus, id);
                        if (article == null) {
                            unreadable.incrementAndGet();
                        } else if (replace) {
                            writer.updateDocument(new Term(IndexSchema.ID, id),
                                    IndexSchema.document(article, contributors));
                        } else {
                            writer.addDocument(IndexSchema.document(article, contributors));
                        }
                        progress.progress(done.incrementAndGet(), total, "Indexing " + id);
                        commitNowAndThen(writer, lastCommit);
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Indexing was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("Indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return unreadable.get();
    }

    /** Commits when the last commit is {@link #COMMIT_INTERVAL_NANOS} old; one worker does it, the others go on. */
    private static void commitNowAndThen(IndexWriter writer, AtomicLong lastCommit) throws IOException {
        long now = System.nanoTime();
        long last = lastCommit.get();
        if (now - last >= COMMIT_INTERVAL_NANOS && lastCommit.compareAndSet(last, now)) {
            writer.commit();
        }
    }

    private static Article open(Corpus corpus, String id) {
        try {
            return corpus.open(id);
        } catch (IOException | UnreadableFileException e) {
            return null; // changed or vanished since the catalog was read; the next sync will see it again
        }
    }
}
