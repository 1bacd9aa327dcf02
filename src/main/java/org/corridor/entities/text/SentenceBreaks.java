package org.corridor.entities.text;

import java.util.Set;

/** Decides whether a token opens a sentence, so that rules can ignore capitals that only mark a sentence start. */
final class SentenceBreaks {

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj",
            "brig", "capt", "prof", "st", "no", "sr", "jr", "rev", "sen", "gov", "vs", "mt", "ft", "hon", "adm");

    private SentenceBreaks() {
    }

    static boolean startsSentence(String text, Tokens tokens, int index, int gapFrom, int gapTo) {
        boolean stop = false;
        for (int i = gapFrom; i < gapTo; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201C') {
                stop = true;
            }
        }
        if (!stop) {
            return false;
        }
        String previous = tokens.lower(index - 1);
        boolean abbreviation = ABBREVIATIONS.contains(previous)
                || (tokens.end(index - 1) - tokens.start(index - 1) == 1 && tokens.capitalised(index - 1));
        return !(abbreviation && text.charAt(gapFrom) == '.');
    }
}
