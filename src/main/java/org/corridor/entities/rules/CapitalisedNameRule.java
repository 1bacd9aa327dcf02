package org.corridor.entities.rules;

import org.corridor.entities.text.Tokens;

/**
 * Names no lexicon lists and no title announces: two to four capitalised words, not at a sentence start,
 * none of them a common word, month, title, demonym or part of a known country, place or organisation
 * ("… his counterpart from Kabul Salahuddin Rabbani").
 */
final class CapitalisedNameRule {

    private CapitalisedNameRule() {
    }

    static void apply(Scan scan) {
        Tokens t = scan.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!PersonNames.startsName(scan, i)) {
                i++;
                continue;
            }
            int first = i;
            int last = PersonNames.nameEnd(scan, first);
            if (t.sentenceStart(first) && last > first && !afterLabel(t, first)) {
                first = nextWord(scan, first, last);
            }
            if (first >= 0 && last > first && (!t.sentenceStart(first) || afterLabel(t, first))) {
                PersonNames.add(scan, first, last, Candidate.CAPITALISED);
            }
            i = last + 1;
        }
    }

    /**
     * "About the author: Farah Naz Qureshi", "Compiled by: …": after a label's colon on the same line the first
     * capital belongs to the name, not to a sentence opener.
     */
    private static boolean afterLabel(Tokens t, int first) {
        String gap = t.gapText(first);
        return first > 0 && gap.indexOf(':') >= 0 && gap.indexOf('\n') < 0 && t.lowerCase(first - 1);
    }

    /** After dropping a sentence's first word, where the rest of the name starts (-1 if it cannot). */
    private static int nextWord(Scan scan, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (PersonNames.startsName(scan, k)) {
                return k;
            }
        }
        return -1;
    }
}
