package org.corridor.notes;

/**
 * Where an annotation sits in its article's text, in the W3C TextQuoteSelector + TextPositionSelector style:
 * the exact quote with some context before and after, and its UTF-16 position in the article's full text.
 *
 * @param exact  the quoted passage
 * @param prefix up to ~32 characters before it
 * @param suffix up to ~32 characters after it
 * @param start  UTF-16 offset into the article's full text, inclusive
 * @param end    exclusive
 */
public record TextAnchor(String exact, String prefix, String suffix, int start, int end) {

    public static final int CONTEXT = 32;

    /** The anchor of {@code text[start, end)} with its context. */
    public static TextAnchor of(String text, int start, int end) {
        return new TextAnchor(text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }
}
