package org.corridor.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.corridor.search.Snippet.Span;

/**
 * Where a query hits a text, with Lucene's unified highlighter (phrases count as one hit, prefix* queries are
 * expanded): the best passages of each result for the list — read from the term offsets the index keeps, so no
 * text is analysed again — and every hit of one whole article for the reader.
 */
final class Highlights {

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final int PASSAGES = 2;
    /** A passage (a sentence) longer than this is cut to a window around its first hit. */
    private static final int MAX_PASSAGE = 180;
    private static final int LEAD = 50;
    private static final String GAP = " … ";

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document, in the order given; a document hit only in its title gets its opening. */
    List<Snippet> snippets(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkingFormatter())
                .build();
        String[] marked = highlighter.highlightFields(new String[] {IndexSchema.BODY}, query, docs,
                new int[] {PASSAGES}).get(IndexSchema.BODY);
        List<Snippet> out = new ArrayList<>(docs.length);
        for (String m : marked) {
            out.add(fromMarked(m == null ? "" : m.replaceAll("\\s+", " ").strip()));
        }
        return out;
    }

    /** Every hit of {@code query} in {@code text}, as offsets into it. */
    List<Span> ranges(Query query, String text) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withMaxLength(text.length() + 1)
                .withBreakIterator(WholeBreakIterator::new) // one passage: the whole text, every hit in it
                .withFormatter(new PassageFormatter() {
                    @Override
                    public Object format(Passage[] passages, String content) {
                        List<Span> spans = new ArrayList<>();
                        for (Passage p : passages) {
                            for (int i = 0; i < p.getNumMatches(); i++) {
                                spans.add(new Span(p.getMatchStarts()[i], p.getMatchEnds()[i]));
                            }
                        }
                        return spans;
                    }
                })
                .withMaxNoHighlightPassages(0)
                .build();
        @SuppressWarnings("unchecked")
        List<Span> spans = (List<Span>) highlighter.highlightWithoutSearcher(IndexSchema.BODY, query, text, 1);
        return spans == null ? List.of() : merged(spans, text);
    }

    /** "belt and road" may come back word by word; the reader wants one mark for the phrase. */
    private static List<Span> merged(List<Span> spans, CharSequence text) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() >= last.end() && isBlank(text, last.end(), s.start())) {
                out.set(out.size() - 1, new Span(last.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Writes passages with marker characters around hits; {@link #fromMarked} turns them into spans. */
    private static final class MarkingFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder out = new StringBuilder();
            for (Passage p : passages) {
                int start = p.getStartOffset();
                int end = p.getEndOffset();
                boolean cutStart = false;
                if (end - start > MAX_PASSAGE) {
                    int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
                    if (first - LEAD > start) {
                        // start the window at a word, never in the middle of one
                        int space = content.indexOf(' ', first - LEAD);
                        start = space >= 0 && space < first ? space + 1 : first;
                        cutStart = true;
                    }
                    end = Math.min(end, start + MAX_PASSAGE);
                    int space = content.lastIndexOf(' ', end);
                    end = space > Math.max(start, first) + LEAD ? space : end;
                }
                if (out.length() > 0) {
                    out.append(GAP);
                }
                if (cutStart) {
                    out.append('…');
                }
                appendMarked(out, content, start, end, p);
                if (end < p.getEndOffset()) {
                    out.append('…');
                }
            }
            return out.toString();
        }

        private static void appendMarked(StringBuilder out, String content, int start, int end, Passage p) {
            int at = start;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = Math.max(p.getMatchStarts()[i], at);
                int me = Math.min(p.getMatchEnds()[i], end);
                if (ms >= me) {
                    continue;
                }
                out.append(clean(content, at, ms)).append(OPEN).append(clean(content, ms, me)).append(CLOSE);
                at = me;
            }
            out.append(clean(content, at, end));
        }

        private static String clean(String content, int from, int to) {
            return content.substring(from, to).replace(OPEN, ' ').replace(CLOSE, ' ');
        }
    }

    private static Snippet fromMarked(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Span> marks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                start = text.length();
            } else if (c == CLOSE) {
                marks.add(new Span(start, text.length()));
            } else {
                text.append(c);
            }
        }
        return new Snippet(text.toString(), merged(marks, text));
    }
}
