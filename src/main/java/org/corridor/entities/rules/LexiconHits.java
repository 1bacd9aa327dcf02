package org.corridor.entities.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridor.entities.lexicon.AliasTarget;
import org.corridor.entities.text.Tokens;

/**
 * Every place where a lexicon name occurs, found with one trie walk per token, after the case check.
 * Rules ask it which tokens belong to a known name (a title rule must not take "Kabul" for a first name).
 */
public final class LexiconHits {

    /** A lexicon name from token {@code first} to token {@code last}, inclusive. */
    public record Hit(int first, int last, AliasTarget target) {
    }

    /**
     * Ranks and degrees written before a name. Honorifics that the coverage uses as part of the name
     * ("Maulana Fazlur Rehman", "Sheikh Khalifa", "Mullah Baradar", "King Salman") are not among them.
     */
    private static final java.util.Set<String> RANKS = java.util.Set.of("dr", "prof", "professor", "general",
            "gen", "field", "lt", "lieutenant", "major", "maj", "brig", "brigadier", "col", "colonel", "admiral",
            "air", "justice", "senator", "barrister", "engr", "mr", "mrs", "ms", "president", "premier", "prime");

    private final List<Hit> hits = new ArrayList<>();
    private final int[] longestCovering;

    private LexiconHits(int size) {
        longestCovering = new int[size];
        Arrays.fill(longestCovering, -1);
    }

    static LexiconHits find(Scan scan) {
        Tokens t = scan.tokens();
        LexiconHits out = new LexiconHits(t.size());
        for (int i = 0; i < t.size(); i++) {
            final int from = i;
            scan.lexicon().names().matchAt(t, i, t.size(), (last, target) -> {
                if (caseMatches(t, from, last, target, scan)) {
                    out.add(new Hit(from, last, target));
                }
            });
        }
        return out;
    }

    private void add(Hit hit) {
        int index = hits.size();
        hits.add(hit);
        for (int k = hit.first; k <= hit.last; k++) {
            int current = longestCovering[k];
            if (current < 0 || span(hits.get(current)) < span(hit)) {
                longestCovering[k] = index;
            }
        }
    }

    private static int span(Hit h) {
        return h.last - h.first;
    }

    /**
     * Names are matched with their case: acronyms exactly, other forms by the first word ("Energy" is not
     * "energy", "US" is not "us") while later words may differ ("Belt and Road initiative"); a headline in
     * capitals matches forms of four letters or more.
     */
    static boolean caseMatches(Tokens t, int first, int last, AliasTarget target, Scan scan) {
        List<String> words = target.words();
        if (words.size() != last - first + 1) {
            return false;
        }
        if (target.acronym()) {
            for (int k = 0; k < words.size(); k++) {
                if (!t.text().regionMatches(t.start(first + k), words.get(k), 0, words.get(k).length())) {
                    return false;
                }
            }
            return true;
        }
        if (scan.capitals(first) || dateline(t, first, last, scan)) {
            return target.form().length() >= 4;
        }
        String listed = words.get(0);
        int at = t.start(first);
        if (t.text().regionMatches(at, listed, 0, listed.length())) {
            return true;
        }
        // "second phase of CPEC" may open a sentence: "Second phase of CPEC".
        return Character.isLowerCase(listed.charAt(0)) && Character.isUpperCase(t.text().charAt(at))
                && t.text().regionMatches(at + 1, listed, 1, listed.length() - 1);
    }

    /**
     * "ISLAMABAD:", "BEIJING, June 8 (Xinhua)", "KARACHI —": a place in capitals opening a line and followed by
     * the dateline's punctuation is the city the story was filed from, whatever its case.
     */
    private static boolean dateline(Tokens t, int first, int last, Scan scan) {
        if (!scan.lineStart(first)) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (!t.allCaps(k)) {
                return false;
            }
        }
        int at = t.end(last);
        while (at < t.text().length() && t.text().charAt(at) == ' ') {
            at++;
        }
        return at < t.text().length() && ":,(\u2014\u2013-".indexOf(t.text().charAt(at)) >= 0;
    }

    public List<Hit> all() {
        return hits;
    }

    /** The longest name covering this token, or null. */
    public Hit covering(int token) {
        int index = longestCovering[token];
        return index < 0 ? null : hits.get(index);
    }

    /** True when a known country, place or organisation covers this token (it cannot be part of a person's name). */
    public boolean coveredByNonPerson(int token) {
        Hit h = covering(token);
        return h != null && !"person".equals(h.target().entry().kind());
    }

    /** Adds every hit as a candidate. */
    void emit(Scan scan) {
        Tokens t = scan.tokens();
        for (Hit h : hits) {
            int end = t.end(h.last);
            end = withTrailingDot(t, h, end);
            scan.add(Candidate.of(t.start(nameStart(scan, h)), end, h.target().entry(),
                    h.target().user() ? Candidate.USER : Candidate.LEXICON));
        }
    }

    /**
     * "General Asim Munir", "Dr Mohammad Faisal": a listed form may carry a title, but the mention is the
     * person's name; the title stays outside the span, as with names the title rule finds.
     */
    private static int nameStart(Scan scan, Hit h) {
        if (h.target().user() || !"person".equals(h.target().entry().kind())
                || !RANKS.contains(scan.tokens().lower(h.first))) {
            return h.first;
        }
        int[] titleEnd = {-1};
        scan.lexicon().titles().matchAt(scan.tokens(), h.first, h.last,
                (last, title) -> titleEnd[0] = Math.max(titleEnd[0], last));
        // At least two words of name remain: "General Asim Munir", not "Maulana Fazl".
        int name = titleEnd[0] + 1;
        return titleEnd[0] >= h.first && name < h.last && scan.tokens().capitalised(name) ? name : h.first;
    }

    /** "U.S." keeps its final full stop when the form has one and the text too. */
    private static int withTrailingDot(Tokens t, Hit h, int end) {
        String form = h.target().form();
        if (form.endsWith(".") && end < t.text().length() && t.text().charAt(end) == '.') {
            return end + 1;
        }
        return end;
    }

}
