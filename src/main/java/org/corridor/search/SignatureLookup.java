package org.corridor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.corridor.corpus.MinHash;
import org.corridor.corpus.importing.SimilarArticles;

/**
 * Near-duplicate candidates from the index: the articles sharing the most MinHash band keys with a text (each
 * shared band counts one), kept when the stored signatures estimate a high similarity. Signatures and ids are
 * read from doc values, so a lookup never touches the stored article texts.
 */
final class SignatureLookup implements SimilarArticles {

    /** Enough to see past articles that share a band or two by chance with a text of stock phrases. */
    private static final int SHORTLIST = 20;

    private final IndexStore store;

    SignatureLookup(IndexStore store) {
        this.store = store;
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
            SearcherManager searchers = store.searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] shortlist = searcher.search(query.build(), SHORTLIST).scoreDocs;
                // doc values are read forwards, so in document order
                Arrays.sort(shortlist, Comparator.comparingInt(sd -> sd.doc));
                List<Scored> likely = new ArrayList<>();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                int leafIndex = -1;
                BinaryDocValues signatures = null;
                SortedDocValues ids = null;
                for (ScoreDoc sd : shortlist) {
                    int leaf = ReaderUtil.subIndex(sd.doc, leaves);
                    if (leaf != leafIndex) {
                        leafIndex = leaf;
                        signatures = DocValues.getBinary(leaves.get(leaf).reader(), IndexSchema.SIGNATURE);
                        ids = DocValues.getSorted(leaves.get(leaf).reader(), IndexSchema.ID);
                    }
                    int doc = sd.doc - leaves.get(leaf).docBase;
                    if (!signatures.advanceExact(doc) || !ids.advanceExact(doc)) {
                        continue;
                    }
                    double estimate = MinHash.estimate(mine, bytes(signatures.binaryValue()));
                    if (estimate >= MinHash.LIKELY_NEAR_DUPLICATE) {
                        likely.add(new Scored(ids.lookupOrd(ids.ordValue()).utf8ToString(), estimate));
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

    private static byte[] bytes(BytesRef ref) {
        return Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
    }

    private record Scored(String id, double estimate) {
    }
}
