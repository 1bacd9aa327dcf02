package org.corridor.entities.eval;

import java.util.List;
import java.util.Map;
import org.corridor.entities.Category;

/**
 * Scores of the recogniser against the gold set. Strict: same category and exactly the same span.
 * Lenient: same category and overlapping spans (a mention counts as found when any same-category
 * mention of the other side overlaps it).
 *
 * @param dateValues          strict date matches whose normalised value equals the gold value, of all strict date matches
 * @param attributeErrors     strict matches with the wrong date value, group or canonical label
 * @param goldOutsideBody     expert mentions outside the parsed body (headlines the parser treats as titles)
 */
public record QualityReport(Map<Category, Counts> strict, Map<Category, Counts> lenient, Counts dateValues,
                            Map<Category, Counts> kindAgreement, List<Discrepancy> falsePositives,
                            List<Discrepancy> falseNegatives, List<Discrepancy> attributeErrors, int articles,
                            int goldOutsideBody) {

    public Counts strictTotal() {
        return strict.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    public Counts lenientTotal() {
        return lenient.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
