package org.corridor.search;

import java.util.List;

/**
 * A short passage of an article around the query's hits, with the hit words marked.
 *
 * @param text  the passage, whitespace collapsed
 * @param marks the hits as [start, end) offsets into {@code text}
 */
public record Snippet(String text, List<Span> marks) {

    /** A marked range of a snippet or of an article's text. */
    public record Span(int start, int end) {
    }

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The passage with the hits in Markdown bold, for the command line: {@code ... the **corridor** ...}. */
    public String markdown() {
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 4);
        int at = 0;
        for (Span s : marks) {
            out.append(text, at, s.start()).append("**").append(text, s.start(), s.end()).append("**");
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
