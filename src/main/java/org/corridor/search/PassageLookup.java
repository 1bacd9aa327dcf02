package org.corridor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.corridor.corpus.importing.SimilarArticles;

/**
 * Near-duplicate candidates from the index: a dozen four-word passages sampled evenly through the text, searched
 * as phrases; an article containing at least half of them very likely shares most of its text. The importer
 * confirms each candidate with the exact shingle similarity.
 */
final class PassageLookup implements SimilarArticles {

    private static final int PASSAGES = 12;
    private static final int WORDS = 4;
    private static final int MAX_TOKENS = 20_000;

    private final SearcherManager searchers;
    private final Analyzer analyzer;

    PassageLookup(SearcherManager searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    @Override
    public List<String> candidates(String body, int max) {
        List<String> words = words(body);
        if (words.size() < WORDS * 2) {
            return List.of();
        }
        int passages = Math.min(PASSAGES, words.size() / WORDS);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int step = (words.size() - WORDS) / Math.max(1, passages - 1);
        for (int p = 0; p < passages; p++) {
            int start = Math.min(p * step, words.size() - WORDS);
            query.add(new PhraseQuery(IndexSchema.BODY, words.subList(start, start + WORDS).toArray(String[]::new)),
                    Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch((passages + 1) / 2);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<String> ids = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc sd : searcher.search(query.build(), max).scoreDocs) {
                    ids.add(stored.document(sd.doc, java.util.Set.of(IndexSchema.ID)).get(IndexSchema.ID));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> words(String body) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, body)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && words.size() < MAX_TOKENS) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
