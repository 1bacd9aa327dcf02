package org.corridor.corpus;

import java.util.Locale;
import org.corridor.common.Sha256;

/** A short content hash that ignores case, punctuation and spacing, so re-saved copies of one text match. */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(CharSequence text) {
        return Sha256.hex(normalise(text), 12);
    }

    /**
     * Letters and digits in lower case, every other run of characters one space. Runs on every parse (opening,
     * indexing, importing), so ASCII, nearly all of an English article, takes a table lookup; any other character
     * is kept and the whole is lower-cased by the JDK at the end, which keeps the result exactly that of
     * {@code toLowerCase(Locale.ROOT)} (fingerprints are stored in notes and must never change).
     */
    static String normalise(CharSequence text) {
        char[] out = new char[text.length()];
        int n = 0;
        boolean space = false;
        boolean beyondAscii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char kept = c < ASCII_LOWER.length ? ASCII_LOWER[c] : Character.isLetterOrDigit(c) ? c : 0;
            if (kept == 0) {
                space = true;
                continue;
            }
            if (space && n > 0) {
                out[n++] = ' ';
            }
            out[n++] = kept;
            space = false;
            beyondAscii |= c >= ASCII_LOWER.length;
        }
        String normalised = new String(out, 0, n);
        return beyondAscii ? normalised.toLowerCase(Locale.ROOT) : normalised;
    }

    /** An ASCII letter or digit in lower case; 0 for every other ASCII character. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < ASCII_LOWER.length; c++) {
            ASCII_LOWER[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }
}
