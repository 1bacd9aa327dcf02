package org.corridor.entities.rules;

import java.util.Set;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/**
 * Names after titles and offices: "Vice Foreign Minister Sun Weidong", "Chinese Premier Li Keqiang",
 * "spokesperson Wang Wenbin", "JeM chief Masood Azhar", "Mr. Khan". Titles may follow each other
 * ("army chief General Asim Munir"); only the name becomes a mention.
 */
final class TitleRule {

    /** Abbreviated titles whose full stop may sit between the title and the name. */
    private static final Set<String> DOTTED = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj",
            "brig", "capt", "sen", "gov", "hon", "rev");

    private static final Set<String> OFFICIAL_RESIDENCES = Set.of("house", "palace", "secretariat");

    private TitleRule() {
    }

    static void apply(Scan scan) {
        Tokens t = scan.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (scan.shouting(i)) {
                continue;
            }
            int titleEnd = titleEndingAt(scan, i);
            if (titleEnd < 0) {
                continue;
            }
            int next;
            while ((next = nextTitle(scan, titleEnd)) >= 0) {
                titleEnd = next;
            }
            int first = afterPortfolio(scan, titleEnd + 1);
            if (first < t.size() && separatesTitleAndName(t, first - 1, first)) {
                int last = PersonNames.nameEnd(scan, first);
                if (last == first && OFFICIAL_RESIDENCES.contains(t.lower(first))) {
                    addResidence(scan, i, first);
                    i = last;
                    continue;
                }
                if (last >= 0) {
                    addPerson(scan, first, last);
                    i = last;
                    continue;
                }
            }
            i = titleEnd;
        }
    }

    /**
     * "Minister for Industries Zubair Mallick", "Adviser on Commerce Abdul Razak Dawood": the portfolio
     * (common words after "for", "of" or "on") sits between the title and the name.
     */
    private static int afterPortfolio(Scan scan, int k) {
        Tokens t = scan.tokens();
        if (k + 1 >= t.size() || t.gap(k) != Gap.SOFT
                || !(t.lower(k).equals("for") || t.lower(k).equals("of") || t.lower(k).equals("on"))) {
            return k;
        }
        int i = k + 1;
        while (i < t.size() && t.gap(i) == Gap.SOFT && (t.lower(i).equals("and") || t.lower(i).equals("the")
                || t.capitalised(i) && scan.lexicon().isCommonWord(t.lower(i)))) {
            i++;
        }
        return i > k + 1 ? i : k;
    }

    /** "CM House", "PM House", "Governor House": the office's residence is a place, not a person called House. */
    private static void addResidence(Scan scan, int title, int word) {
        Tokens t = scan.tokens();
        scan.add(new Candidate(t.start(title), t.end(word), org.corridor.entities.Category.PLACE, "site", null,
                t.text().substring(t.start(title), t.end(word)), null, null, Candidate.TITLE));
    }

    /** A short name after a title ("President Xi", "PM Shehbaz") is the one person the lexicon knows by it. */
    private static void addPerson(Scan scan, int first, int last) {
        Tokens t = scan.tokens();
        String name = t.text().substring(t.start(first), t.end(last));
        var known = scan.lexicon().personByShortName(name);
        if (known != null) {
            scan.add(Candidate.of(t.start(first), t.end(last), known, Candidate.TITLE));
        } else {
            PersonNames.add(scan, first, last, Candidate.TITLE);
        }
    }

    private static boolean separatesTitleAndName(Tokens t, int titleEnd, int first) {
        if (t.gap(first) == Gap.SOFT) {
            return true;
        }
        String gap = t.gapText(first);
        return DOTTED.contains(t.lower(titleEnd)) && (gap.equals(". ") || gap.equals("."));
    }

    /** The last token of the longest title starting at {@code i}, or -1. */
    private static int titleEndingAt(Scan scan, int i) {
        Tokens t = scan.tokens();
        if (!scan.lexicon().titles().startsWith(t.lower(i))) {
            return -1;
        }
        int[] longest = {-1};
        scan.lexicon().titles().matchAt(t, i, t.size(), (last, title) -> longest[0] = Math.max(longest[0], last));
        return longest[0];
    }

    private static int nextTitle(Scan scan, int titleEnd) {
        int i = titleEnd + 1;
        if (i >= scan.tokens().size() || scan.tokens().gap(i) != Gap.SOFT) {
            return -1;
        }
        return titleEndingAt(scan, i);
    }
}
