package org.corridor.entities.rules;

import java.time.LocalDate;
import java.util.List;
import org.corridor.entities.lexicon.CompiledLexicon;
import org.corridor.entities.text.Tokens;

/**
 * The order in which knowledge is applied. First what the text itself says (lexicon names, titles,
 * appositions, name patterns, capitalised names, dates), resolved once; then what depends on those
 * results (acronyms defined in parentheses, back-references, group members in context), resolved again.
 */
public final class RulePipeline {

    private RulePipeline() {
    }

    /** The chosen candidates in {@code text[from, to)}, sorted by start. */
    public static List<Candidate> run(String text, int from, int to, CompiledLexicon lexicon, LocalDate articleDate) {
        Scan scan = new Scan(Tokens.of(text, from, to), lexicon, articleDate);
        scan.hits().emit(scan);
        TitleRule.apply(scan);
        AppositionRule.apply(scan);
        NamePatternRule.apply(scan);
        CapitalisedNameRule.apply(scan);
        DateRule.apply(scan);
        BackReferenceRule.applyPartyRoles(scan);
        CoordinatedProjectsRule.apply(scan);
        List<Candidate> first = OverlapResolver.resolve(admissible(scan, to), from);
        AcronymRule.apply(scan, first);
        BackReferenceRule.apply(scan, first);
        GroupContextRule.apply(scan, first);
        return OverlapResolver.resolve(admissible(scan, to), from);
    }

    /** Drops what the user said is not an entity, and anything reaching past the body. */
    private static List<Candidate> admissible(Scan scan, int to) {
        String text = scan.tokens().text();
        scan.candidates().removeIf(c -> c.end() > to
                || scan.lexicon().isRejected(text.substring(c.start(), c.end())));
        return scan.candidates();
    }
}
