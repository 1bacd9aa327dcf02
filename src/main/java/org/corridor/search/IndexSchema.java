package org.corridor.search;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.MinHash;

/**
 * The fields of one article in the index. The same schema would move to OpenSearch or Solr unchanged: an id,
 * three searchable text fields, a date as a range-searchable point with doc values for sorting, and keyword facet
 * dimensions ({@code source} plus whatever {@link FacetContributor}s add).
 */
final class IndexSchema {

    /** Bump when fields change: an index written with another version is rebuilt on open. */
    static final String VERSION = "5"; // 4: the entity facet; 5: MinHash signature in doc values
    static final String VERSION_KEY = "corridor.schema";

    static final String ID = "id";
    static final String FINGERPRINT = "fingerprint";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SOURCE = "source";
    static final String DATE = "date";
    static final String SOURCE_DIMENSION = "source";
    /**
     * MinHash band keys (terms) and the compact signature, for near-duplicate lookups on import. The signature is
     * a doc value, not a stored field: checking twenty candidates per imported file must not decompress twenty
     * blocks of article bodies.
     */
    static final String BANDS = "minhash_band";
    static final String SIGNATURE = "minhash";
    /** The body keeps term offsets in the postings, so snippets need no re-analysis of the text. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }
    private static final String FACET_PREFIX = "facet_";

    private IndexSchema() {
    }

    static String facetField(String dimension) {
        return FACET_PREFIX + dimension;
    }

    static Document document(Article article, List<FacetContributor> contributors) {
        ArticleMeta meta = article.meta();
        Document doc = new Document();
        doc.add(new StringField(ID, meta.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(meta.id())));
        doc.add(new SortedDocValuesField(FINGERPRINT, new BytesRef(meta.fingerprint())));
        doc.add(new TextField(TITLE, meta.title(), Field.Store.YES));
        doc.add(new Field(BODY, article.body(), BODY_TYPE));
        long[] signature = MinHash.signature(article.body());
        for (long key : MinHash.bandKeys(signature)) {
            doc.add(new StringField(BANDS, Long.toHexString(key), Field.Store.NO));
        }
        doc.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(MinHash.compact(signature))));
        if (meta.source() != null) {
            doc.add(new TextField(SOURCE, meta.source(), Field.Store.YES));
            addFacet(doc, SOURCE_DIMENSION, meta.source());
        }
        if (meta.date() != null) {
            long day = meta.date().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE, day));
        }
        for (FacetContributor c : contributors) {
            for (String value : c.values(article)) {
                addFacet(doc, c.dimension(), value);
            }
        }
        return doc;
    }

    private static void addFacet(Document doc, String dimension, String value) {
        String field = facetField(dimension);
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    static LocalDate date(Document stored) {
        var f = stored.getField(DATE);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }
}
