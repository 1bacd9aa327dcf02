package org.corridor.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.corridor.search.Snippet.Span;

/**
 * Where a query hits a text, with Lucene's highlighter (which knows phrases and expands prefix* queries): the best
 * short passages for a result list, or every hit of a whole article for the reader.
 */
final class Highlights {

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final int FRAGMENT_CHARS = 110;
    private static final int FRAGMENTS = 2;
    private static final String GAP = " … ";

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The best passages of {@code body} for {@code query}, or its opening when the query hits only the title. */
    Snippet snippet(Query query, String body) {
        String clean = withoutMarkers(body);
        QueryScorer scorer = new QueryScorer(query);
        Highlighter highlighter = new Highlighter(markingFormatter(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        try {
            String[] fragments = highlighter.getBestFragments(analyzer, IndexSchema.BODY, clean, FRAGMENTS);
            if (fragments.length > 0) {
                return fromMarked(String.join(GAP, fragments).replaceAll("\\s+", " ").strip());
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            // fall through to the opening: a snippet is a courtesy, never a reason to fail a search
        }
        String opening = clean.replaceAll("\\s+", " ").strip();
        return new Snippet(opening.length() <= FRAGMENT_CHARS * 2 ? opening
                : opening.substring(0, FRAGMENT_CHARS * 2) + "…", List.of());
    }

    /** Every hit of {@code query} in {@code text}, as offsets into it; runs of hits (a phrase) become one range. */
    List<Span> ranges(Query query, String text) {
        List<Span> spans = new ArrayList<>();
        Highlighter highlighter = new Highlighter((original, group) -> {
            if (group.getTotalScore() > 0) {
                spans.add(new Span(group.getStartOffset(), group.getEndOffset()));
            }
            return original;
        }, new QueryScorer(query));
        highlighter.setTextFragmenter(new NullFragmenter());
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        try {
            highlighter.getBestFragment(analyzer, IndexSchema.BODY, text);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return List.of();
        }
        return merged(spans, text);
    }

    private static List<Span> merged(List<Span> spans, String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && text.substring(last.end(), s.start()).isBlank()) {
                out.set(out.size() - 1, new Span(last.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static Formatter markingFormatter() {
        return (original, group) -> group.getTotalScore() > 0 ? OPEN + original + CLOSE : original;
    }

    private static String withoutMarkers(String text) {
        return text.replace(OPEN, ' ').replace(CLOSE, ' ');
    }

    /** Turns the formatter's markers into spans, so neither the UI nor the CLI has to parse markup. */
    private static Snippet fromMarked(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Span> marks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                start = text.length();
            } else if (c == CLOSE) {
                Span last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                // "belt and road" is marked word by word; the reader wants one mark for the phrase
                if (last != null && text.substring(last.end(), start).isBlank()) {
                    marks.set(marks.size() - 1, new Span(last.start(), text.length()));
                } else {
                    marks.add(new Span(start, text.length()));
                }
            } else {
                text.append(c);
            }
        }
        return new Snippet(text.toString(), marks);
    }
}
