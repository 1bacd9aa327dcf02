package org.corridor.entities.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.entities.Category;
import org.corridor.entities.lexicon.AliasTarget;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/**
 * Acronyms defined in parentheses: "National Institute of Health (NIH)" makes NIH a mention of the same
 * entity there and everywhere later in the article. When nothing was recognised before the parenthesis,
 * the words whose initials spell the acronym become the name ("Jaish-e-Muhammad (JeM)").
 */
final class AcronymRule {

    private static final Set<String> SKIPPED_IN_INITIALS = Set.of("of", "and", "the", "for", "on", "e", "i", "ul",
            "al", "de", "&", "in");
    private static final int MAX_NAME_WORDS = 10;

    private AcronymRule() {
    }

    static void apply(Scan scan, List<Candidate> resolved) {
        Tokens t = scan.tokens();
        Map<Integer, Candidate> byEnd = new HashMap<>();
        Map<Integer, Candidate> byStart = new HashMap<>();
        for (Candidate c : resolved) {
            byEnd.put(c.end(), c);
            byStart.put(c.start(), c);
        }
        Map<String, Candidate> defined = new HashMap<>();
        for (int i = 1; i < t.size(); i++) {
            if (!t.capitalised(i)) {
                continue;
            }
            if (!defined.isEmpty()) {
                Candidate known = defined.get(t.surface(i));
                if (known != null && known.start() != t.start(i)) {
                    scan.add(known.at(t.start(i), t.end(i), Candidate.ACRONYM));
                    continue;
                }
            }
            if (!isDefinition(t, i)) {
                continue;
            }
            String acronym = t.surface(i);
            Candidate name = byEnd.get(t.end(i - 1));
            if (name == null || name.category() == Category.DATE || name.priority() <= Candidate.CAPITALISED
                    || Character.toUpperCase(t.text().charAt(name.start())) != acronym.charAt(0)) {
                name = fromInitials(scan, i);
            }
            if (name != null) {
                scan.add(name);
                Candidate inParentheses = name.at(t.start(i), t.end(i), Candidate.ACRONYM);
                scan.add(inParentheses);
                defined.put(acronym, inParentheses);
                if (i + 1 < t.size()) {
                    nameAfterParenthesis(scan, acronym, byStart.get(t.start(i + 1)));
                }
            }
        }
    }

    /**
     * "Communist Party of China (CPC) Central Committee": the name after the parenthesis continues the acronym,
     * and "CPC Central Committee" may be a known entity.
     */
    private static void nameAfterParenthesis(Scan scan, String acronym, Candidate after) {
        if (after == null || after.entityId() != null) {
            return;
        }
        String phrase = acronym + " " + scan.tokens().text().substring(after.start(), after.end());
        for (AliasTarget target : scan.lexicon().names().lookup(phrase)) {
            scan.add(Candidate.of(after.start(), after.end(), target.entry(), Candidate.ACRONYM));
        }
    }

    /** "… (NIH)": an acronym-like word alone in parentheses right after a word. */
    private static boolean isDefinition(Tokens t, int i) {
        if (t.text().charAt(t.start(i) - 1) != '(') {
            return false;
        }
        if (i + 1 < t.size() && !t.gapText(i + 1).startsWith(")")) {
            return false;
        }
        if (i + 1 >= t.size() && !t.text().startsWith(")", t.end(i))) {
            return false;
        }
        String gap = t.gapText(i).strip();
        return gap.equals("(") && uppercaseLetters(t.surface(i)).length() >= 2 && t.capitalised(i)
                && t.surface(i).length() <= 10;
    }

    private static String uppercaseLetters(String word) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                sb.append(word.charAt(k));
            }
        }
        return sb.toString();
    }

    /** The words before the parenthesis whose initials spell the acronym, as a new name. */
    private static Candidate fromInitials(Scan scan, int acronymToken) {
        Tokens t = scan.tokens();
        String letters = uppercaseLetters(t.surface(acronymToken));
        StringBuilder initials = new StringBuilder();
        int k = acronymToken - 1;
        int first = -1;
        while (k >= 0 && acronymToken - k <= MAX_NAME_WORDS) {
            if (t.capitalised(k)) {
                initials.insert(0, Character.toUpperCase(t.text().charAt(t.start(k))));
                first = k;
            } else if (!SKIPPED_IN_INITIALS.contains(t.lower(k))) {
                return null;
            }
            if (initials.length() == letters.length() || (k > 0 && t.gap(k) != Gap.SOFT && t.gap(k) != Gap.APOSTROPHE)) {
                break;
            }
            k--;
        }
        if (first < 0 || !initials.toString().equals(letters)) {
            return null;
        }
        int last = acronymToken - 1;
        String head = t.lower(last);
        Category category = scan.lexicon().isInitiativeHead(head) ? Category.INITIATIVE
                : scan.lexicon().isPlaceHead(head) ? Category.PLACE : Category.ACTOR;
        String kind = category == Category.INITIATIVE ? "programme" : category == Category.PLACE ? "site" : "organisation";
        String label = t.text().substring(t.start(first), t.end(last));
        return new Candidate(t.start(first), t.end(last), category, kind, null, label, null, null, Candidate.ACRONYM);
    }
}
