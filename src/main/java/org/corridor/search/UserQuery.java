package org.corridor.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * The search box's syntax: words (all must occur), "exact phrases", AND / OR / NOT (and + / -), prefix*, and
 * parentheses, over title, body and source, a title match counting double.
 */
final class UserQuery {

    private static final String[] FIELDS = {IndexSchema.TITLE, IndexSchema.BODY, IndexSchema.SOURCE};
    private static final Map<String, Float> BOOSTS = Map.of(IndexSchema.TITLE, 2f, IndexSchema.BODY, 1f,
            IndexSchema.SOURCE, 1f);

    private UserQuery() {
    }

    /** The query for {@code text}; an empty text matches every article. */
    static Query parse(String text, Analyzer analyzer) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        // Rank prefix* matches by how often the expanded words occur, as plain words are ranked, instead of
        // giving every match the same score; the 64 most frequent expansions are enough to rank.
        parser.setMultiTermRewriteMethod(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(64));
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new QuerySyntaxException(explain(text));
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("The query matches too many words; make the prefix* longer.");
        }
    }

    static boolean isEmpty(String text) {
        return text == null || text.isBlank();
    }

    private static String explain(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            return "A quotation mark is not closed.";
        }
        long open = text.chars().filter(c -> c == '(').count();
        long close = text.chars().filter(c -> c == ')').count();
        if (open != close) {
            return "The parentheses do not match.";
        }
        if (text.strip().startsWith("*") || text.contains(" *")) {
            return "A * must follow the start of a word, as in corrid*.";
        }
        return "The query cannot be understood; check AND / OR / NOT and the quotation marks.";
    }
}
