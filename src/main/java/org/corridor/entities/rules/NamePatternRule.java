package org.corridor.entities.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.entities.Category;
import org.corridor.entities.lexicon.CompiledLexicon;
import org.corridor.entities.lexicon.EngineWords;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/**
 * Names built around a head word: organisations ("Ministry of Planning", "CPC Central Committee",
 * "International Department of the CPC Central Committee", "State Bank of Pakistan"), initiatives
 * ("… Consultation Mechanism", "Framework Agreement on …") and places ("Gwadar District").
 * A name is a run of capitalised words; "of", "for", "on" (and "and" inside such a complement) join runs.
 */
final class NamePatternRule {

    private static final Set<String> COMPLEMENT_CONNECTORS = Set.of("of", "for", "on");
    /** A head only with its complement: "Government of Pakistan" is an organisation, "Punjab Government" a phrase. */
    private static final String GOVERNMENT = "government";

    /** One run of capitalised words, and the connector word that precedes it ("" for the first). */
    private record Segment(int first, int last, String connector) {
    }

    private NamePatternRule() {
    }

    static void apply(Scan scan) {
        Tokens t = scan.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!chainWord(scan, i)) {
                i++;
                continue;
            }
            List<Segment> segments = chain(scan, i);
            emit(scan, segments);
            i = segments.get(segments.size() - 1).last + 1;
        }
    }

    /**
     * Capitalised words and acronyms. A Title Case line (a letterhead, a cross-head) still names organisations:
     * the head word decides, not the capitals; only a run in capitals says nothing.
     */
    private static boolean chainWord(Scan scan, int i) {
        Tokens t = scan.tokens();
        return !scan.capitals(i) && t.capitalised(i);
    }

    /** "People's Bank" is one name; "Karachi University's Confucius Institute" is two, the first the owner. */
    private static boolean joins(Scan scan, int i) {
        Tokens t = scan.tokens();
        if (t.gap(i) == Gap.SOFT) {
            return (chainWord(scan, i) || numberedAcronym(t, i)) && !afterHeadline(scan, i);
        }
        return t.gap(i) == Gap.APOSTROPHE && t.lower(i).equals("s") && Kind.of(scan.lexicon(), t.lower(i - 1)) == null;
    }

    /** "COVID-19", "G-20": the number belongs to the acronym before it. */
    private static boolean numberedAcronym(Tokens t, int i) {
        return t.digits(i) && t.allCaps(i - 1) && t.text().charAt(t.start(i) - 1) == '-' && t.end(i - 1) == t.start(i) - 1;
    }

    /** A letterhead or cross-head line ends its name: "Ministry of Foreign Affairs" / "Islamabad" below it. */
    private static boolean afterHeadline(Scan scan, int i) {
        return scan.lineStart(i) && scan.shouting(i - 1);
    }

    /**
     * Where a name must not run on: "… Committee and Foreign Minister Wang Yi" (a person follows), and
     * "Special Security Division of the Pakistan Army" (a known organisation is the owner, not a part; a
     * whole phrase the lexicon lists is still found as one by the lexicon).
     */
    private static boolean endsBefore(Scan scan, String connector, int next, boolean article) {
        if (connector.equals("and")) {
            return titleAt(scan, next);
        }
        LexiconHits.Hit owner = scan.hits().covering(next);
        return article && connector.equals("of") && owner != null && owner.first() == next
                && "organisation".equals(owner.target().entry().kind());
    }

    private static List<Segment> chain(Scan scan, int from) {
        Tokens t = scan.tokens();
        List<Segment> segments = new ArrayList<>();
        String connector = "";
        int start = from;
        while (true) {
            int j = start;
            while (j + 1 < t.size() && joins(scan, j + 1)) {
                j++;
            }
            segments.add(new Segment(start, j, connector));
            int c = j + 1;
            if (c >= t.size() || t.gap(c) != Gap.SOFT || !t.lowerCase(c)
                    || !(COMPLEMENT_CONNECTORS.contains(t.lower(c)) || t.lower(c).equals("and"))) {
                return segments;
            }
            connector = t.lower(c);
            int next = c + 1;
            boolean article = next < t.size() && t.gap(next) == Gap.SOFT && t.lower(next).equals("the")
                    && !connector.equals("and");
            if (article) {
                next++;
            }
            if (next >= t.size() || t.gap(next) != Gap.SOFT || !chainWord(scan, next) || dateWord(t, next)
                    || afterHeadline(scan, next)
                    || endsBefore(scan, connector, next, article)) {
                return segments;
            }
            start = next;
        }
    }

    /** "Senate on Thursday", "Assembly in March": the time of the event, never a complement of the name. */
    private static boolean dateWord(Tokens t, int i) {
        return DateWords.weekday(t, i) != null || DateWords.month(t, i, false) != 0;
    }

    private static void emit(Scan scan, List<Segment> segments) {
        Tokens t = scan.tokens();
        CompiledLexicon lex = scan.lexicon();
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            for (int h = seg.first; h <= seg.last; h++) {
                String head = t.lower(h);
                Kind kind = Kind.of(lex, head);
                if (head.equals(GOVERNMENT) && h == seg.last && complementEnd(segments, s) > h) {
                    kind = new Kind(Category.ACTOR, "organisation");
                }
                if (kind == null || (h < seg.last && !titleAt(scan, h + 1))) {
                    continue;
                }
                // "Belt and Road Initiative": a one-word run joined by "and" belongs to the name.
                boolean joined = seg.connector.equals("and") && s > 0
                        && segments.get(s - 1).first == segments.get(s - 1).last;
                int runStart = joined ? segments.get(s - 1).first : seg.first;
                int first = trimmedStart(scan, runStart, h);
                int last = h == seg.last ? beforeTitle(scan, h, complementEnd(segments, s)) : h;
                if (first < h || last > h) {
                    scan.add(new Candidate(t.start(first), t.end(last), kind.category, kind.kind, null,
                            t.text().substring(t.start(first), t.end(last)), null, null, Candidate.PATTERN));
                }
            }
        }
    }

    /**
     * "The", "Meanwhile" and other openers are not part of the name, nor is a known owner's possessive
     * ("China's Global Development Initiative"); "People's Bank of China" keeps its "People's".
     */
    private static int trimmedStart(Scan scan, int first, int head) {
        Tokens t = scan.tokens();
        int f = first;
        while (f < head && EngineWords.LEADING_FUNCTION_WORDS.contains(t.lower(f))) {
            f++;
        }
        for (int k = f + 1; k < head; k++) {
            LexiconHits.Hit owner = scan.hits().covering(k - 1);
            if (t.gap(k) == Gap.APOSTROPHE && t.lower(k).equals("s") && owner != null && owner.last() == k - 1) {
                f = k + 1;
            }
        }
        return f;
    }

    /** A whole title starts at token k ("Chairman"; not "Commerce" for "Commerce Minister"). */
    private static boolean titleAt(Scan scan, int k) {
        if (!scan.lexicon().titles().startsWith(scan.tokens().lower(k))) {
            return false;
        }
        boolean[] found = {false};
        scan.lexicon().titles().matchAt(scan.tokens(), k, scan.tokens().size(), (last, title) -> found[0] = true);
        return found[0];
    }

    /** "Board of Investment Chairman Haroon Sharif": the name ends before a title that follows it. */
    private static int beforeTitle(Scan scan, int head, int last) {
        for (int k = head + 1; k <= last; k++) {
            if (scan.tokens().capitalised(k) && titleAt(scan, k)) {
                int end = k - 1;
                while (end > head && !scan.tokens().capitalised(end)) {
                    end--;
                }
                return end;
            }
        }
        return last;
    }

    /** "Ministry" + "of Planning and Development": the runs joined by of/for/on, and "and" after those. */
    private static int complementEnd(List<Segment> segments, int headSegment) {
        int last = segments.get(headSegment).last;
        boolean inComplement = false;
        for (int s = headSegment + 1; s < segments.size(); s++) {
            String c = segments.get(s).connector;
            if (COMPLEMENT_CONNECTORS.contains(c) || (inComplement && c.equals("and"))) {
                inComplement = true;
                last = segments.get(s).last;
            } else {
                break;
            }
        }
        return last;
    }

    /** What a head word makes of the name. */
    private record Kind(Category category, String kind) {

        static Kind of(CompiledLexicon lex, String head) {
            if (lex.isOrgHead(head)) {
                return new Kind(Category.ACTOR, "organisation");
            }
            if (lex.isInitiativeHead(head)) {
                return new Kind(Category.INITIATIVE, initiativeKind(head));
            }
            if (lex.isPlaceHead(head)) {
                return new Kind(Category.PLACE, placeKind(head));
            }
            return null;
        }

        private static String initiativeKind(String head) {
            switch (head) {
                case "agreement": case "treaty": case "accord": case "pact": case "memorandum":
                    return "agreement";
                case "framework":
                    return "framework";
                case "mechanism": case "dialogue": case "consultations":
                    return "mechanism";
                case "project": case "projects": case "zone": case "zones": case "park":
                    return "project";
                default:
                    return "programme";
            }
        }

        private static String placeKind(String head) {
            switch (head) {
                case "province": return "province";
                case "district": case "tehsil": return "district";
                case "port": return "port";
                case "highway": case "motorway": case "expressway": case "avenue": case "street": return "route";
                case "river": case "sea": case "ocean": case "bay": case "gulf": case "strait": case "canal":
                case "lake":
                    return "waterway";
                case "valley": case "region": case "pass": case "territory": case "territories": case "desert":
                case "plateau": case "peninsula": case "mountains": case "range":
                    return "region";
                case "town": case "village": case "colony": return "city";
                default: return "site";
            }
        }
    }
}
