package org.corridor.compare;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a full stop after a word is an abbreviation's point rather than a sentence's end, judged from the
 * word before and the word after. News English is the target: titles and ranks, months, "No.", company
 * suffixes, dotted country names.
 */
final class Abbreviations {

    /** Never end a sentence: they stand before a name. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
            "brig", "adm", "cmdr", "gov", "sen", "rep", "hon", "rev", "fr", "st", "mt", "ft", "pres", "supt",
            "insp", "amb", "dy", "sr", "jr", "vs", "v", "cf", "viz", "approx", "ca", "e.g", "i.e", "mst", "engr");

    /** End a sentence unless a number follows: "No. 5", "Jan. 12", "Art. 370", "p. 4". */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "no", "nos", "vol", "art", "arts", "para", "p", "pp", "fig", "sec", "ch", "ed", "op", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rs", "ref");

    /**
     * Words that typically open a sentence. After an ambiguous abbreviation ("U.S.", "Inc.", "etc.") one of
     * these shows that a new sentence began; a name or a noun shows that the sentence goes on.
     */
    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and", "this",
            "that", "these", "those", "there", "his", "her", "their", "its", "our", "after", "before", "however",
            "meanwhile", "also", "as", "for", "from", "while", "when", "since", "earlier", "later", "according",
            "yet", "so", "if", "last", "both", "during", "under", "with", "what", "why", "how", "some", "many",
            "officials", "analysts", "sources", "moreover", "furthermore", "separately", "similarly");

    /** Suffixes that may end a sentence as well as stand inside one. */
    private static final Set<String> AMBIGUOUS = Set.of("inc", "ltd", "co", "corp", "bros", "etc", "govt", "dept",
            "pvt", "plc", "llc");

    /**
     * @param before the letters and inner dots before the stop, e.g. "Mr", "U.S", "J", "2"
     * @param after  the next word, with any opening quote, e.g. "Sun", "“Both", "5"
     * @return true when the stop does not end the sentence
     */
    boolean continuesAfter(String before, String after) {
        if (before.isEmpty()) {
            return false;
        }
        String word = before.toLowerCase(Locale.ROOT);
        if (TITLES.contains(word)) {
            return true;
        }
        boolean numberFollows = !after.isEmpty() && Character.isDigit(after.charAt(0));
        if (BEFORE_NUMBERS.contains(word)) {
            return numberFollows;
        }
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            return !isOpener(after);
        }
        if (isDottedAcronym(before) || AMBIGUOUS.contains(word)) {
            return !isOpener(after);
        }
        return false;
    }

    private static boolean isOpener(String after) {
        int i = 0;
        while (i < after.length() && !Character.isLetterOrDigit(after.charAt(i))) {
            i++;
        }
        if (i > 0) {
            return true; // an opening quote starts a new sentence
        }
        return OPENERS.contains(after.toLowerCase(Locale.ROOT));
    }

    /** "U.S", "U.A.E", "a.m": single letters joined by points (the final point is the stop itself). */
    private static boolean isDottedAcronym(String before) {
        if (before.length() < 3) {
            return false;
        }
        for (int i = 0; i < before.length(); i++) {
            boolean letterSlot = i % 2 == 0;
            char c = before.charAt(i);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return before.length() % 2 == 1;
    }
}
