package org.corridor.compare;

/**
 * A range of an article's full text, as UTF-16 offsets (start inclusive, end exclusive): the same offsets
 * mentions and annotations use, so a span can be highlighted or anchored without conversion.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
