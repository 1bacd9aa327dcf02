package org.corridor.corpus;

/** Counts words as a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
public final class WordCount {

    private WordCount() {
    }

    public static int of(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && isJoiner(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1)));
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }
}
