package org.corridor.common;

/** A count with its noun in the right number: "1 article", "2 articles", "0 annotations". */
public final class Plural {

    private Plural() {
    }

    /** {@code noun} is the singular; the plural adds an "s" (every noun the tool counts takes one). */
    public static String of(long count, String noun) {
        return String.format("%,d %s", count, count == 1 ? noun : noun + "s");
    }
}
