package org.corridor.entities.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.entities.Category;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/**
 * "the Kohala and Azad Pattan hydropower projects", "Rashakai, Dhabeji and Bostan zones": places listed before
 * a plural project word name the projects, not the towns. Each listed name becomes an initiative.
 */
final class CoordinatedProjectsRule {

    private static final Set<String> PLURAL_HEADS = Set.of("projects", "plants", "dams", "zones", "sezs", "parks");
    private static final int MAX_DESCRIPTORS = 3;

    private CoordinatedProjectsRule() {
    }

    static void apply(Scan scan) {
        Tokens t = scan.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!PLURAL_HEADS.contains(t.lower(i)) || !t.lowerCase(i)) {
                continue;
            }
            List<LexiconHits.Hit> places = listBefore(scan, i);
            if (places.size() >= 2) {
                for (LexiconHits.Hit h : places) {
                    int start = t.start(h.first());
                    int end = t.end(h.last());
                    scan.add(new Candidate(start, end, Category.INITIATIVE, "project", null,
                            t.text().substring(start, end), null, null, Candidate.CONTEXT));
                }
            }
        }
    }

    /** The places joined by "and" or commas that end a few lower-case descriptor words before {@code head}. */
    private static List<LexiconHits.Hit> listBefore(Scan scan, int head) {
        Tokens t = scan.tokens();
        int k = head - 1;
        int descriptors = 0;
        while (k >= 0 && t.gap(k + 1) == Gap.SOFT && t.lowerCase(k) && descriptors < MAX_DESCRIPTORS
                && !t.lower(k).equals("and")) {
            k--;
            descriptors++;
        }
        List<LexiconHits.Hit> out = new ArrayList<>();
        while (k >= 0) {
            LexiconHits.Hit h = scan.hits().covering(k);
            if (h == null || h.last() != k || h.target().entry().categoryValue() != Category.PLACE) {
                return out;
            }
            out.add(h);
            int before = h.first() - 1;
            if (before >= 0 && t.lower(before).equals("and") && t.gap(before) == Gap.SOFT) {
                k = before - 1;
            } else if (h.first() > 0 && t.gap(h.first()) == Gap.COMMA) {
                k = h.first() - 1;
            } else {
                return out;
            }
        }
        return out;
    }
}
