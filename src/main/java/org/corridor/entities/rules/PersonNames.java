package org.corridor.entities.rules;

import org.corridor.entities.Category;
import org.corridor.entities.lexicon.EngineWords;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/** Reads a person's name from the tokens: capitalised words, with particles like "ul" or "bin" between them. */
final class PersonNames {

    static final int MAX_WORDS = 4;

    private PersonNames() {
    }

    /** The last token of the name starting at {@code first}, or -1 when no name starts there. */
    static int nameEnd(Scan scan, int first) {
        Tokens t = scan.tokens();
        if (first >= t.size() || !startsName(scan, first)) {
            return -1;
        }
        int last = first;
        int words = 1;
        int i = first + 1;
        while (i < t.size() && words < MAX_WORDS) {
            if (t.gap(i) == Gap.SOFT && continuesName(scan, i)) {
                last = i;
                words++;
                i++;
            } else if (t.gap(i) == Gap.SOFT && EngineWords.NAME_PARTICLES.contains(t.lower(i)) && t.lowerCase(i)
                    && i + 1 < t.size() && t.gap(i + 1) == Gap.SOFT && continuesName(scan, i + 1)) {
                last = i + 1;
                words++;
                i += 2;
            } else {
                break;
            }
        }
        return last;
    }

    /** A title ("Lt", "General", "Sultan") does not open a name: it introduces one. */
    static boolean startsName(Scan scan, int i) {
        return scan.nameWord(i) && !coveredByOther(scan, i) && !scan.lexicon().titles().startsWith(scan.tokens().lower(i));
    }

    /**
     * Later words continue the name; a word that is also a title only as the name's last word ("Maria Sultan
     * said"), since "Arif Alvi President …" would run into the next person's title.
     */
    private static boolean continuesName(Scan scan, int i) {
        if (!scan.nameWord(i) || coveredByOther(scan, i)) {
            return false;
        }
        if (!scan.lexicon().titles().startsWith(scan.tokens().lower(i))) {
            return true;
        }
        int next = i + 1;
        return next >= scan.tokens().size() || scan.tokens().gap(next) != Gap.SOFT || !scan.nameWord(next);
    }

    /** A known country, place or organisation is never part of a person's name ("from Kabul Salahuddin"). */
    private static boolean coveredByOther(Scan scan, int i) {
        LexiconHits.Hit h = scan.hits().covering(i);
        return h != null && (h.target().entry().categoryValue() != Category.ACTOR
                || !"person".equals(h.target().entry().kind()));
    }

    /** A person candidate for tokens {@code first..last}, unless a lexicon person already covers that span. */
    static void add(Scan scan, int first, int last, int priority) {
        Tokens t = scan.tokens();
        scan.add(new Candidate(t.start(first), t.end(last), Category.ACTOR, "person", null,
                t.text().substring(t.start(first), t.end(last)), null, null, priority));
    }
}
