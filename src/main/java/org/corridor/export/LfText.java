package org.corridor.export;

import java.util.Arrays;

/**
 * A text with its line endings made LF, and the mapping of positions between it and the original.
 * REFI-QDA sources are written with LF only: tools that read text files with "universal newlines"
 * silently drop the CR of CRLF and every later position would shift by one per line. With LF-only
 * sources every reader counts the same characters.
 */
public final class LfText {

    private final String text;
    /** Indices in the original text of the CRs that were dropped (each one was followed by LF). */
    private final int[] droppedCr;

    private LfText(String text, int[] droppedCr) {
        this.text = text;
        this.droppedCr = droppedCr;
    }

    public static LfText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] dropped = new int[8];
        int count = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\r') {
                if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
                    if (count == dropped.length) {
                        dropped = Arrays.copyOf(dropped, count * 2);
                    }
                    dropped[count++] = i;
                } else {
                    out.append('\n');
                }
            } else {
                out.append(c);
            }
        }
        return new LfText(out.toString(), Arrays.copyOf(dropped, count));
    }

    public String text() {
        return text;
    }

    /** The position in the LF text of original UTF-16 index {@code original}. */
    public int toLf(int original) {
        int before = Arrays.binarySearch(droppedCr, original);
        int droppedBefore = before >= 0 ? before : -before - 1;
        return original - droppedBefore;
    }

    /** The original UTF-16 index of LF-text index {@code lf} (a position just after a CRLF maps after its LF). */
    public int toOriginal(int lf) {
        int original = lf;
        for (int cr : droppedCr) {
            if (cr < original) {
                original++;
            } else {
                break;
            }
        }
        return original;
    }
}
