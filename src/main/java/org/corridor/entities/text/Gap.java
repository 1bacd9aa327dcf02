package org.corridor.entities.text;

/**
 * What separates two tokens, reduced to the few kinds a name may be written with. Lexicon aliases match
 * across {@link #SOFT} gaps whether the text has a space or a hyphen ("China Pakistan" = "China-Pakistan"),
 * and a name never runs across a {@link #HARD} gap (a comma, a bracket, a sentence end, a blank line).
 */
public enum Gap {
    /** Spaces, one line break, hyphens and dashes. */
    SOFT(' '),
    /** A single apostrophe, straight or curly: "People's". */
    APOSTROPHE('\''),
    /** A single full stop between two tokens: "2.0", "U.S". */
    DOT('.'),
    /** A full stop and one space inside a listed form: "Lt. Gen.", "U.S. Navy". */
    DOT_SPACE('_'),
    /** A comma and at most one space: only names listed with a comma run across it ("Ministry of Planning, Development …"). */
    COMMA(','),
    /** Anything else; also the start of the text. */
    HARD('|');

    private final char key;

    Gap(char key) {
        this.key = key;
    }

    /** The character that stands for this gap in phrase keys. */
    public char key() {
        return key;
    }

    static Gap classify(CharSequence text, int from, int to) {
        if (from >= to) {
            return HARD;
        }
        if (to - from == 1) {
            char c = text.charAt(from);
            if (isApostrophe(c)) {
                return APOSTROPHE;
            }
            if (c == '.') {
                return DOT;
            }
            if (c == ',') {
                return COMMA;
            }
        }
        if (to - from == 2 && text.charAt(from + 1) == ' ') {
            if (text.charAt(from) == ',') {
                return COMMA;
            }
            if (text.charAt(from) == '.') {
                return DOT_SPACE;
            }
        }
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || isDash(c))) {
                return HARD;
            }
        }
        return newlines <= 1 ? SOFT : HARD;
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    public static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }
}
