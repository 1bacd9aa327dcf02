package org.corridor.entities.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;
import org.corridor.entities.Recogniser;

/** Runs a recogniser over the evaluation set and compares its mentions with the expert's. */
public final class QualityScorer {

    private final Recogniser recogniser;
    private final Map<Category, Counts> strict = zeroes();
    private final Map<Category, Counts> lenient = zeroes();
    private final Map<Category, Counts> kinds = zeroes();
    private final List<Discrepancy> falsePositives = new ArrayList<>();
    private final List<Discrepancy> falseNegatives = new ArrayList<>();
    private final List<Discrepancy> attributeErrors = new ArrayList<>();
    private Counts dateValues = Counts.ZERO;

    private QualityScorer(Recogniser recogniser) {
        this.recogniser = recogniser;
    }

    public static QualityReport score(Recogniser recogniser, List<EvalArticle> articles) {
        return new QualityScorer(recogniser).run(articles);
    }

    private QualityReport run(List<EvalArticle> articles) {
        int outside = 0;
        for (EvalArticle a : articles) {
            score(a.name(), a.gold(), recogniser.recognise(a.article()));
            outside += a.goldOutsideBody();
        }
        return new QualityReport(strict, lenient, dateValues, kinds,
                List.copyOf(falsePositives), List.copyOf(falseNegatives), List.copyOf(attributeErrors),
                articles.size(), outside);
    }

    private void score(String article, List<GoldMention> gold, List<Mention> found) {
        for (GoldMention g : gold) {
            Mention exact = found.stream().filter(m -> m.category() == g.category() && m.start() == g.start()
                    && m.end() == g.end()).findFirst().orElse(null);
            if (exact != null) {
                add(strict, g.category(), new Counts(1, 0, 0));
                add(kinds, g.category(), g.kind().equals(exact.kind()) ? new Counts(1, 0, 0) : new Counts(0, 0, 1));
                checkAttributes(article, g, exact);
            } else {
                add(strict, g.category(), new Counts(0, 0, 1));
                falseNegatives.add(new Discrepancy(article, g.category(), g.kind(), g.text(), g.start(),
                        "recogniser: " + describe(found.stream().filter(m -> g.overlaps(m.start(), m.end())).toList())));
            }
            boolean overlapped = found.stream().anyMatch(m -> m.category() == g.category() && g.overlaps(m.start(), m.end()));
            add(lenient, g.category(), overlapped ? new Counts(1, 0, 0) : new Counts(0, 0, 1));
        }
        for (Mention m : found) {
            List<GoldMention> near = gold.stream().filter(g -> g.overlaps(m.start(), m.end())).toList();
            boolean exact = near.stream().anyMatch(g -> g.category() == m.category() && g.start() == m.start()
                    && g.end() == m.end());
            if (!exact) {
                add(strict, m.category(), new Counts(0, 1, 0));
                falsePositives.add(new Discrepancy(article, m.category(), m.kind(), m.text(), m.start(),
                        "gold: " + describeGold(near)));
            }
            if (near.stream().noneMatch(g -> g.category() == m.category())) {
                add(lenient, m.category(), new Counts(0, 1, 0));
            }
        }
    }

    private void checkAttributes(String article, GoldMention g, Mention m) {
        if (g.category() == Category.DATE) {
            boolean right = Objects.equals(g.normalized(), m.normalized());
            dateValues = dateValues.plus(right ? new Counts(1, 0, 0) : new Counts(0, 0, 1));
            if (!right) {
                attributeErrors.add(new Discrepancy(article, g.category(), m.kind(), g.text(), g.start(),
                        "value " + m.normalized() + ", expected " + g.normalized()));
            }
        }
        if (g.group() != null && !g.group().equals(m.group())) {
            attributeErrors.add(new Discrepancy(article, g.category(), m.kind(), g.text(), g.start(),
                    "group " + m.group() + ", expected " + g.group()));
        }
        if (g.label() != null && !g.label().equalsIgnoreCase(String.valueOf(m.label()))) {
            attributeErrors.add(new Discrepancy(article, g.category(), m.kind(), g.text(), g.start(),
                    "entity " + m.label() + ", expected " + g.label()));
        }
    }

    private static String describe(List<Mention> mentions) {
        return joined(mentions.stream().map(m -> describe(m.category(), m.kind(), m.text())).toList());
    }

    private static String describeGold(List<GoldMention> gold) {
        return joined(gold.stream().map(g -> describe(g.category(), g.kind(), g.text())).toList());
    }

    private static String describe(Category category, String kind, String text) {
        return category.json() + "/" + kind + " '" + text.replace("\r", "\\r").replace("\n", "\\n") + "'";
    }

    private static String joined(List<String> descriptions) {
        return descriptions.isEmpty() ? "nothing" : String.join(", ", descriptions);
    }

    private static void add(Map<Category, Counts> map, Category category, Counts counts) {
        map.merge(category, counts, Counts::plus);
    }

    private static Map<Category, Counts> zeroes() {
        Map<Category, Counts> map = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            map.put(c, Counts.ZERO);
        }
        return map;
    }
}
