package org.corridor.entities.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.entities.lexicon.AliasTarget;
import org.corridor.entities.text.Tokens;

/**
 * Members of the named groups (Pakistan's 5 Es, CPEC 2.0's five corridors) are initiatives only where the
 * text speaks of the group: in a list after the group's name or after "namely" ("five new corridors …,
 * namely growth, livelihood, innovation, open and green corridor"), or in a form that names the group
 * itself ("green corridor", "corridor of innovation"), or in a bare enumeration of several members that follows
 * the group's name in the same sentence ("the 5Es framework of exports, e-Pakistan, environment, energy and
 * equity"). "Clean energy" and "economic growth" stay plain words.
 */
final class GroupContextRule {

    private static final Set<String> LIST_OPENERS = Set.of("namely", "viz", "including", "comprising", "i.e");
    private static final int OPENER_WINDOW = 12;
    private static final int GROUP_LOOKBACK = 30;
    /** Without an opener, only a run of this many members is an enumeration; "growth and trade" is not. */
    private static final int BARE_ENUMERATION = 3;

    private GroupContextRule() {
    }

    static void apply(Scan scan, List<Candidate> resolved) {
        Tokens t = scan.tokens();
        namedForms(scan);
        int candidateIndex = 0;
        String recentGroup = null;
        int recentGroupToken = -1;
        for (int i = 0; i < t.size(); i++) {
            while (candidateIndex < resolved.size() && resolved.get(candidateIndex).end() <= t.start(i)) {
                Candidate c = resolved.get(candidateIndex++);
                String group = c.entityId() == null ? null : scan.lexicon().groupOf(c.entityId());
                if (group != null) {
                    recentGroup = group;
                    recentGroupToken = i;
                    int listStart = listStartAfterGroup(scan, i);
                    if (listStart >= 0) {
                        readList(scan, listStart, group);
                    } else {
                        bareEnumerationAfterGroup(scan, i, group);
                    }
                    capitalisedMembersNearby(scan, i, group);
                }
            }
            if (LIST_OPENERS.contains(t.lower(i)) && t.lowerCase(i)) {
                boolean near = recentGroupToken >= 0 && i - recentGroupToken <= GROUP_LOOKBACK;
                readList(scan, i + 1, near ? recentGroup : null);
            }
        }
    }

    /**
     * After the group is named, its members written with a capital in the same or the next sentence are
     * members too ("the 5Es … with E-Pakistan covering … and Environment covering …"); "energy" is not.
     */
    private static void capitalisedMembersNearby(Scan scan, int from, String group) {
        Tokens t = scan.tokens();
        int sentences = 0;
        for (int k = from; k < t.size(); k++) {
            if (k > from && t.sentenceStart(k) && ++sentences > 1) {
                return;
            }
            if (t.sentenceStart(k) || !t.capitalised(k) || !scan.lexicon().groupMembers().startsWith(t.lower(k))) {
                continue;
            }
            final int first = k;
            scan.lexicon().groupMembers().matchAt(t, k, t.size(), (last, target) -> {
                String form = target.form();
                if (group.equals(target.entry().group()) && Character.isUpperCase(form.charAt(0))
                        && t.text().regionMatches(t.start(first), form, 0, 1)) {
                    scan.add(Candidate.of(t.start(first), t.end(last), target.entry(), Candidate.LEXICON));
                }
            });
        }
    }

    /** Multi-word member forms name their group by themselves: "green corridor", "corridor of innovation". */
    private static void namedForms(Scan scan) {
        Tokens t = scan.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!scan.lexicon().groupMembers().startsWith(t.lower(i))) {
                continue;
            }
            final int from = i;
            scan.lexicon().groupMembers().matchAt(t, i, t.size(), (last, target) -> {
                if (last > from) {
                    scan.add(Candidate.of(t.start(from), t.end(last), target.entry(), Candidate.LEXICON));
                }
            });
        }
    }

    /** The list right after a group's name: "5 Es namely, …", "the 5Es: …", "five corridors (…)". */
    private static int listStartAfterGroup(Scan scan, int from) {
        Tokens t = scan.tokens();
        for (int k = from; k < Math.min(t.size(), from + OPENER_WINDOW); k++) {
            if (k > from && t.sentenceStart(k)) {
                return -1;
            }
            if (LIST_OPENERS.contains(t.lower(k))) {
                return k + 1;
            }
            String gap = t.gapText(k);
            if (gap.indexOf(':') >= 0 || gap.indexOf('(') >= 0 || gap.indexOf('\u2014') >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A run of at least {@link #BARE_ENUMERATION} members of {@code group} starting anywhere in the rest of the
     * sentence that names the group, within the opener window ("the five corridors of growth, livelihood, …").
     */
    private static void bareEnumerationAfterGroup(Scan scan, int from, String group) {
        Tokens t = scan.tokens();
        for (int k = from; k < Math.min(t.size(), from + OPENER_WINDOW); k++) {
            if (k > from && t.sentenceStart(k)) {
                return;
            }
            List<Candidate> items = listItems(scan, k, group);
            if (items.size() >= BARE_ENUMERATION) {
                items.forEach(scan::add);
                return;
            }
        }
    }

    /** Reads "a, b, c and d" from {@code start}; each item a member of {@code group} (any group when null). */
    private static void readList(Scan scan, int start, String group) {
        List<Candidate> items = listItems(scan, start, group);
        if (items.size() >= (group == null ? 2 : 1)) {
            items.forEach(scan::add);
        }
    }

    private static List<Candidate> listItems(Scan scan, int start, String group) {
        Tokens t = scan.tokens();
        List<Candidate> items = new ArrayList<>();
        if (start < 0 || start >= t.size()) {
            return items;
        }
        int p = start;
        while (p < t.size()) {
            int[] end = {-1};
            AliasTarget[] found = {null};
            final int from = p;
            scan.lexicon().groupMembers().matchAt(t, p, t.size(), (last, target) -> {
                if ((group == null || group.equals(target.entry().group())) && last > end[0]) {
                    end[0] = last;
                    found[0] = target;
                }
            });
            if (found[0] == null) {
                break;
            }
            items.add(Candidate.of(t.start(from), t.end(end[0]), found[0].entry(), Candidate.LEXICON));
            p = nextItem(t, end[0] + 1);
        }
        return items;
    }

    /** Where the next list item starts after ", ", " and ", ", and " or " & "; -1 when the list ends. */
    private static int nextItem(Tokens t, int k) {
        if (k >= t.size()) {
            return t.size();
        }
        String gap = t.gapText(k).strip();
        if (gap.equals(",")) {
            return t.lower(k).equals("and") || t.lower(k).equals("or") ? k + 1 : k;
        }
        if (gap.isEmpty() && (t.lower(k).equals("and") || t.lower(k).equals("or"))) {
            return k + 1;
        }
        if (gap.equals("&")) {
            return k;
        }
        return t.size();
    }
}
