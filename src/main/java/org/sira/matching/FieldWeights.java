package org.sira.matching;

import java.util.Arrays;

/**
 * Fellegi–Sunter probabilities for one field: m = P(level | same person), u = P(level | different people),
 * per agreement level (MISSING carries no weight). The weight of a level is log2(m/u). For fields whose
 * values vary a lot in frequency (names, places), the chance that two different people agree is the
 * frequency of the value they share; u of EXACT and VARIANT is then read as the share of such chance
 * agreements that are spelled the same (EXACT) or differently (VARIANT), and multiplied by that frequency.
 */
public record FieldWeights(double[] m, double[] u) {

    private static final int LEVELS = Agreement.MISSING.ordinal();

    public FieldWeights {
        if (m.length != LEVELS || u.length != LEVELS) {
            throw new IllegalArgumentException("Expected one m and one u per level from EXACT to DISAGREE");
        }
        for (int i = 0; i < LEVELS; i++) {
            if (m[i] <= 0 || u[i] <= 0 || m[i] > 1 || u[i] > 1) {
                throw new IllegalArgumentException("m and u must be in (0,1]");
            }
        }
        m = m.clone();
        u = u.clone();
    }

    /**
     * Pairs (m, u) in level order EXACT, VARIANT, RELATED, PHONETIC, TYPO, DISAGREE.
     * Levels a field never produces can be given any valid pair.
     */
    public static FieldWeights of(double... mThenU) {
        if (mThenU.length != 2 * LEVELS) {
            throw new IllegalArgumentException("Expected " + LEVELS + " (m, u) pairs");
        }
        double[] m = new double[LEVELS];
        double[] u = new double[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            m[i] = mThenU[2 * i];
            u[i] = mThenU[2 * i + 1];
        }
        return new FieldWeights(m, u);
    }

    public double m(Agreement level) {
        return m[level.ordinal()];
    }

    public double u(Agreement level) {
        return u[level.ordinal()];
    }

    /** log2(m/u) for the level; 0 for MISSING. */
    public double weight(Agreement level) {
        return level == Agreement.MISSING ? 0 : log2(m[level.ordinal()] / u[level.ordinal()]);
    }

    /** log2(m / (u × share)): agreement on a value that a {@code valueShare} of the population has. */
    public double weightOfShared(Agreement level, double valueShare) {
        return log2(m[level.ordinal()] / (u[level.ordinal()] * valueShare));
    }

    /** log2(m/u) with u given: for levels whose chance agreement depends on the values (dates). */
    public double weightWithU(Agreement level, double u) {
        return log2(m[level.ordinal()] / u);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldWeights other && Arrays.equals(m, other.m) && Arrays.equals(u, other.u);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(m) + Arrays.hashCode(u);
    }

    @Override
    public String toString() {
        return "FieldWeights{m=" + Arrays.toString(m) + ", u=" + Arrays.toString(u) + "}";
    }
}
