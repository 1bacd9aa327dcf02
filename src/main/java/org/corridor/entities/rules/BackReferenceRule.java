package org.corridor.entities.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.entities.Category;
import org.corridor.entities.lexicon.LexiconEntry;
import org.corridor.entities.text.Tokens;

/**
 * Short references to a name seen earlier in the article: "Baloch" after "Amna Baloch", "Khan" after
 * "Imran Khan", and a lexicon entry's {@code shortNames} ("Xi") after one of its full forms. When two
 * people share a surname, the most recent full mention wins.
 */
final class BackReferenceRule {

    /** Common Chinese family names, romanised in pinyin; those that are also English words are left out. */
    private static final java.util.Set<String> CHINESE_SURNAMES = java.util.Set.of("wang", "li", "zhang", "liu",
            "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "gao",
            "luo", "zheng", "liang", "xie", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian",
            "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
            "shen", "yao", "qian", "fu", "zhong", "cui", "tan", "liao", "jin", "shi", "jia", "xia", "fang", "kong",
            "bai", "qin", "meng", "xiong", "yin", "hou", "lei", "duan", "hao", "kang", "mao", "qiu", "gu", "shao",
            "dai", "wen", "xue", "yan", "qi", "zou", "hong", "zhai", "geng", "nong", "ou", "lan", "xing", "hua");

    private BackReferenceRule() {
    }

    static void apply(Scan scan, List<Candidate> resolved) {
        Tokens t = scan.tokens();
        Map<String, Candidate> active = new HashMap<>();
        int next = 0;
        for (int i = 0; i < t.size(); i++) {
            while (next < resolved.size() && resolved.get(next).end() <= t.start(i)) {
                register(scan, resolved.get(next), active);
                next++;
            }
            if (active.isEmpty() || !t.capitalised(i)) {
                continue;
            }
            Candidate full = active.get(t.surface(i));
            if (full != null) {
                // The article named the organisation in full: its short name now means it, not the
                // lexicon's other reading ("a PTI official" after "Pakistan Tehreek-e-Insaf").
                int priority = "person".equals(full.kind()) ? Candidate.LOCAL_ALIAS : Candidate.ACRONYM;
                scan.add(full.at(t.start(i), t.end(i), priority));
            }
        }
    }

    private static final java.util.Set<String> PARTY_ROLES = java.util.Set.of("government", "chairman", "chief",
            "leader", "leaders", "leadership", "official", "officials", "mna", "mnas", "mpa", "mpas", "worker",
            "workers", "lawmaker", "lawmakers", "senator", "senators", "supporters", "candidate", "candidates",
            "ticket", "founder", "activists", "members", "led", "parliamentarians");

    /** "the new PTI government", "PTI workers": a party's short name before a political role means the party. */
    static void applyPartyRoles(Scan scan) {
        Tokens t = scan.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.capitalised(i) && t.gap(i + 1) == org.corridor.entities.text.Gap.SOFT
                    && PARTY_ROLES.contains(t.lower(i + 1))) {
                LexiconEntry party = scan.lexicon().organisationByShortName(t.surface(i));
                if (party != null) {
                    scan.add(Candidate.of(t.start(i), t.end(i), party, Candidate.ACRONYM));
                }
            }
        }
    }

    private static void register(Scan scan, Candidate c, Map<String, Candidate> active) {
        if (c.category() != Category.ACTOR) {
            return;
        }
        if (c.entityId() != null) {
            scan.lexicon().lexicon().entry(c.entityId()).map(LexiconEntry::shortNames)
                    .ifPresent(shorts -> shorts.forEach(s -> active.put(s, c)));
        }
        if (!"person".equals(c.kind())) {
            return;
        }
        registerSurname(scan, c, c.label(), active);
        registerSurname(scan, c, scan.tokens().text().substring(c.start(), c.end()), active);
    }

    private static void registerSurname(Scan scan, Candidate c, String name, Map<String, Candidate> active) {
        if (name == null) {
            return;
        }
        Tokens words = Tokens.of(name, 0, name.length());
        // "Qian Feng" … "Qian said": a Chinese name puts the family name first.
        if (words.size() == 2 && CHINESE_SURNAMES.contains(words.lower(0)) && words.capitalised(0)) {
            active.put(words.surface(0), c);
        }
        if (words.size() >= 2) {
            String surname = words.surface(words.size() - 1);
            if (surname.length() >= 2 && words.capitalised(words.size() - 1)
                    && !scan.lexicon().isCommonWord(words.lower(words.size() - 1))) {
                active.put(surname, c);
            }
        }
    }
}
