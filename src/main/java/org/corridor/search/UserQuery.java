package org.corridor.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
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
    /**
     * Each word becomes one clause per field, and Lucene refuses a query of more than
     * {@link IndexSearcher#getMaxClauseCount()} clauses in all; a third of that leaves room for the fields.
     */
    static final int MAX_WORDS = 300;
    /** The parser descends once per parenthesis; far deeper nesting than anyone writes would overflow its stack. */
    static final int MAX_DEPTH = 50;
    /** Said when a query, once prefix* words are expanded, needs more clauses than Lucene allows. */
    static final String TOO_MANY_CLAUSES = "The query matches too many words; make the prefix* words longer or use "
            + "fewer of them.";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-");

    private UserQuery() {
    }

    /** The query for {@code text}; an empty text matches every article. */
    static Query parse(String text, Analyzer analyzer) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        checkSize(text);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        // Rank prefix* matches by how often the expanded words occur, as plain words are ranked, instead of
        // giving every match the same score; the 64 most frequent expansions are enough to rank.
        parser.setMultiTermRewriteMethod(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(64));
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            // The parser reports Lucene's clause limit as a parse error of its own.
            throw new QuerySyntaxException(e.getCause() instanceof IndexSearcher.TooManyClauses ? TOO_MANY_CLAUSES
                    : explain(text));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(TOO_MANY_CLAUSES);
        }
    }

    /** Refuses, before parsing, a query too long or too deeply nested for the parser and the searcher. */
    private static void checkSize(String text) throws QuerySyntaxException {
        long words = Arrays.stream(text.split("[\\s()]+"))
                .filter(w -> !w.isEmpty() && !OPERATORS.contains(w))
                .count();
        if (words > MAX_WORDS) {
            throw new QuerySyntaxException(String.format(Locale.ROOT,
                    "The query is too long (%,d words); at most %d words are searched at once.", words, MAX_WORDS));
        }
        int depth = 0;
        int deepest = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
        if (deepest > MAX_DEPTH) {
            throw new QuerySyntaxException(String.format(Locale.ROOT,
                    "The query nests parentheses %,d deep; at most %d levels are understood.", deepest, MAX_DEPTH));
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
