package org.corridor.entities.rules;

import org.corridor.entities.lexicon.EngineWords;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/**
 * Names in apposition: "Cheng Guoping, State Commissioner for Counter Terrorism", "Sartaj Aziz, the veteran
 * diplomat". The name has two words at least, so "Meanwhile, the minister" is not a name.
 */
final class AppositionRule {

    private static final int ROLE_WINDOW = 4;

    private AppositionRule() {
    }

    static void apply(Scan scan) {
        Tokens t = scan.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (t.text().charAt(t.end(i - 1)) != ',' || !isCommaGap(t.gapText(i)) || !describesRole(scan, i)) {
                continue;
            }
            int last = i - 1;
            int first = last;
            while (first - 1 >= 0 && t.gap(first) == Gap.SOFT && PersonNames.startsName(scan, first - 1)
                    && last - first + 1 < PersonNames.MAX_WORDS) {
                first--;
            }
            if (first < last && PersonNames.startsName(scan, first) && PersonNames.nameEnd(scan, first) == last) {
                PersonNames.add(scan, first, last, Candidate.TITLE);
            }
        }
    }

    private static boolean isCommaGap(String gap) {
        return gap.length() >= 2 && gap.charAt(0) == ',' && gap.substring(1).isBlank();
    }

    /** A role noun or a title among the first words after the comma. */
    private static boolean describesRole(Scan scan, int from) {
        Tokens t = scan.tokens();
        for (int k = from; k < Math.min(t.size(), from + ROLE_WINDOW); k++) {
            if (k > from && t.gap(k) != Gap.SOFT) {
                return false;
            }
            if (EngineWords.ROLE_NOUNS.contains(t.lower(k)) || scan.lexicon().titles().startsWith(t.lower(k))
                    && !t.lowerCase(k)) {
                return true;
            }
        }
        return false;
    }
}
