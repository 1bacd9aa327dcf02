package org.corridor.export;

/**
 * Conversions between Java's UTF-16 indices (used everywhere inside Corridor) and Unicode code point
 * counts (what the W3C TextPositionSelector and REFI-QDA count): an emoji is two UTF-16 units but one
 * code point, so every position after it differs by one.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** The code point index of UTF-16 index {@code utf16} in {@code text}. */
    public static int fromUtf16(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }

    /** The UTF-16 index of code point index {@code codePoint}, or -1 when the text is shorter. */
    public static int toUtf16(String text, int codePoint) {
        if (codePoint < 0 || codePoint > text.codePointCount(0, text.length())) {
            return -1;
        }
        return text.offsetByCodePoints(0, codePoint);
    }

    /**
     * The context string without a half emoji at either end: prefix and suffix are cut at a fixed number of
     * UTF-16 units and may split a surrogate pair, which JSON and XML cannot carry.
     */
    public static String withoutBrokenEnds(String context) {
        if (context == null || context.isEmpty()) {
            return context == null ? "" : context;
        }
        int start = Character.isLowSurrogate(context.charAt(0)) ? 1 : 0;
        int end = context.length();
        if (end > start && Character.isHighSurrogate(context.charAt(end - 1))) {
            end--;
        }
        return context.substring(start, end);
    }
}
