package org.corridor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.corridor.corpus.MinHash;
import org.corridor.corpus.importing.SimilarArticles;

/**
 * Near-duplicate candidates from the index: the articles sharing the most MinHash band keys with a text (each
 * shared band counts one), kept when the stored signatures estimate a high similarity.
 */
final class SignatureLookup implements SimilarArticles {

    /** Enough to see past articles that share a band or two by chance with a text of stock phrases. */
    private static final int SHORTLIST = 20;

    private final SearcherManager searchers;

    SignatureLookup(SearcherManager searchers) {
        this.searchers = searchers;
    }

    @Override
    public List<String> candidates(long[] signature, int max) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (long key : MinHash.bandKeys(signature)) {
            query.add(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.BANDS, Long.toHexString(key)))),
                    Occur.SHOULD);
        }
        byte[] mine = MinHash.compact(signature);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                StoredFields stored = searcher.storedFields();
                List<Scored> likely = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(query.build(), SHORTLIST).scoreDocs) {
                    Document doc = stored.document(sd.doc, Set.of(IndexSchema.ID, IndexSchema.SIGNATURE));
                    double estimate = MinHash.estimate(mine, doc.getBinaryValue(IndexSchema.SIGNATURE).bytes);
                    if (estimate >= MinHash.LIKELY_NEAR_DUPLICATE) {
                        likely.add(new Scored(doc.get(IndexSchema.ID), estimate));
                    }
                }
                likely.sort(Comparator.comparingDouble(Scored::estimate).reversed());
                return likely.stream().limit(max).map(Scored::id).toList();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Scored(String id, double estimate) {
    }
}
