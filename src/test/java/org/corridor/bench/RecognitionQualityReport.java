package org.corridor.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corridor.entities.Category;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.Recognisers;
import org.corridor.entities.eval.Counts;
import org.corridor.entities.eval.Discrepancy;
import org.corridor.entities.eval.EvalSet;
import org.corridor.entities.eval.QualityReport;
import org.corridor.entities.eval.QualityScorer;

/**
 * Recognition quality on the hand-annotated evaluation articles: per-category precision, recall and F1
 * (strict: exact span and category; lenient: overlapping span, same category), date values, kinds, and
 * every false positive and false negative. Run with
 * {@code mvn -o -B -Pbench test-compile exec:java@eval-report} (argument: the folder of the set).
 */
public final class RecognitionQualityReport {

    private RecognitionQualityReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval");
        // The recogniser the annotate command uses: bundled lexicon and rules, no workspace corrections.
        EntityRecogniser recogniser = new EntityRecogniser(Recognisers.lexiconFor(null));
        QualityReport report = QualityScorer.score(recogniser, EvalSet.load(dir));
        PrintStream out = System.out;
        out.printf("%d articles, %d gold mentions outside the parsed body (not scored)%n%n", report.articles(),
                report.goldOutsideBody());
        out.printf("%-11s | %5s %5s %5s | %6s %6s %6s | %6s %6s %6s | %s%n", "category", "tp", "fp", "fn",
                "P", "R", "F1", "P~", "R~", "F1~", "kind agrees");
        for (Category c : Category.values()) {
            row(out, c.json(), report.strict().get(c), report.lenient().get(c), report.kindAgreement().get(c));
        }
        row(out, "all", report.strictTotal(), report.lenientTotal(),
                report.kindAgreement().values().stream().reduce(Counts.ZERO, Counts::plus));
        out.println("(P R F1: strict, exact span and category; P~ R~ F1~: lenient, overlapping span, same category)");
        Counts values = report.dateValues();
        out.printf("%ndate values right: %d of %d strict date matches%n", values.truePositives(),
                values.truePositives() + values.falseNegatives());
        section(out, "FALSE POSITIVES (recogniser only)", report.falsePositives());
        section(out, "FALSE NEGATIVES (gold only)", report.falseNegatives());
        section(out, "WRONG DATE VALUE, GROUP OR ENTITY (span and category right)", report.attributeErrors());
    }

    private static void row(PrintStream out, String name, Counts strict, Counts lenient, Counts kinds) {
        out.printf("%-11s | %5d %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %d/%d%n", name,
                strict.truePositives(), strict.falsePositives(), strict.falseNegatives(), strict.precision(),
                strict.recall(), strict.f1(), lenient.precision(), lenient.recall(), lenient.f1(),
                kinds.truePositives(), kinds.truePositives() + kinds.falseNegatives());
    }

    private static void section(PrintStream out, String title, List<Discrepancy> items) {
        out.printf("%n== %s: %d%n", title, items.size());
        Map<Category, List<Discrepancy>> byCategory = new EnumMap<>(Category.class);
        items.forEach(d -> byCategory.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d));
        byCategory.values().forEach(list -> list.forEach(out::println));
    }
}
