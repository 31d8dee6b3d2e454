package org.sira.matching;

import java.util.List;

/**
 * Estimates m probabilities by expectation–maximisation over the agreement patterns of blocked
 * candidate pairs (a mixture of same-person and different-person pairs, fields assumed independent
 * given the class). u probabilities are kept as configured: among blocked pairs, different people agree
 * far more often than at random, so u estimated there would understate the evidence; frequency-adjusted
 * levels take their u from value frequencies anyway.
 */
final class WeightEstimation {

    private static final int LEVELS = Agreement.MISSING.ordinal();
    private static final int ITERATIONS = 40;
    private static final double FLOOR = 1e-4;

    private final MatchWeights start;
    private final List<String> extraFieldNames;

    WeightEstimation(MatchWeights start, List<String> extraFieldNames) {
        this.start = start;
        this.extraFieldNames = List.copyOf(extraFieldNames);
    }

    MatchWeights estimate(List<Agreement[]> patterns) {
        int fields = MatchField.values().length + extraFieldNames.size();
        if (patterns.isEmpty()) {
            return start;
        }
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            FieldWeights w = weightsOf(start, f);
            m[f] = w.m().clone();
            u[f] = w.u().clone();
        }
        // Among blocked pairs of a registry, same-person pairs are a minority.
        double proportion = 0.05;
        double[] posterior = new double[patterns.size()];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double sum = 0;
            for (int i = 0; i < patterns.size(); i++) {
                double logRatio = Math.log(proportion / (1 - proportion));
                Agreement[] pattern = patterns.get(i);
                for (int f = 0; f < fields; f++) {
                    int level = pattern[f].ordinal();
                    if (level < LEVELS) {
                        logRatio += Math.log(m[f][level] / u[f][level]);
                    }
                }
                posterior[i] = 1 / (1 + Math.exp(-logRatio));
                sum += posterior[i];
            }
            proportion = Math.min(0.5, Math.max(1e-4, sum / patterns.size()));
            for (int f = 0; f < fields; f++) {
                double[] counts = new double[LEVELS];
                double total = 0;
                for (int i = 0; i < patterns.size(); i++) {
                    int level = patterns.get(i)[f].ordinal();
                    if (level < LEVELS) {
                        counts[level] += posterior[i];
                        total += posterior[i];
                    }
                }
                if (total > 1) {
                    for (int l = 0; l < LEVELS; l++) {
                        m[f][l] = Math.max(FLOOR, counts[l] / total);
                    }
                }
            }
        }
        MatchWeights result = start;
        for (int f = 0; f < fields; f++) {
            FieldWeights estimated = new FieldWeights(m[f], u[f]);
            result = f < MatchField.values().length
                    ? result.with(MatchField.values()[f], estimated)
                    : result.withExtra(extraFieldNames.get(f - MatchField.values().length), estimated);
        }
        return result;
    }

    private FieldWeights weightsOf(MatchWeights weights, int field) {
        return field < MatchField.values().length
                ? weights.of(MatchField.values()[field])
                : weights.ofExtra(extraFieldNames.get(field - MatchField.values().length));
    }
}
