package org.corridor.entities.eval;

/** True positives, false positives and false negatives of one category under one matching rule. */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** Share of the recogniser's mentions that the expert marked too (1 when it marked nothing). */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** Share of the expert's mentions that the recogniser found (1 when there were none). */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
