package org.sira.matching;

/**
 * log2(m/u) per field and agreement level, worked out once per scorer: a deduplication asks for them
 * billions of times.
 */
final class LevelWeights {

    private final MatchWeights weights;
    private final double[][] byFieldAndLevel;

    LevelWeights(MatchWeights weights) {
        this.weights = weights;
        this.byFieldAndLevel = new double[MatchField.values().length][Agreement.values().length];
        for (MatchField field : MatchField.values()) {
            for (Agreement level : Agreement.values()) {
                byFieldAndLevel[field.ordinal()][level.ordinal()] = weights.of(field).weight(level);
            }
        }
    }

    double of(MatchField field, Agreement level) {
        return byFieldAndLevel[field.ordinal()][level.ordinal()];
    }

    FieldWeights field(MatchField field) {
        return weights.of(field);
    }

    MatchWeights all() {
        return weights;
    }
}
