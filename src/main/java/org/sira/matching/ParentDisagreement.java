package org.sira.matching;

/**
 * What a disagreement on a parent's name weighs against a pair, by how common the names are. A common
 * name ("Fatoumata Traoré" as a mother, "Mamadou" as a father) is also the one said when the speaker is
 * unsure or a neighbour answers, and the one a clerk confuses with another: disagreeing on it is weak
 * evidence. A rare name is not said by chance: disagreeing on it says strongly that these are two people.
 * Rarity is judged on the commoner of the two names.
 */
final class ParentDisagreement {

    private static final double WEAKEST = 2.5;
    private static final double STRONGEST = 8;

    private ParentDisagreement() {
    }

    /** The weight (negative) of two mothers' names that disagree, from each name's share among mothers' names. */
    static double mother(double shareA, double shareB) {
        double bits = -FieldWeights.log2(Math.max(shareA, shareB));
        return -clamp(0.5 * bits - 1.5);
    }

    /** The weight (negative) of two fathers' first names that disagree, from each name's share among fathers'. */
    static double father(double shareA, double shareB) {
        double bits = -FieldWeights.log2(Math.max(shareA, shareB));
        return -clamp(0.8 * bits);
    }

    private static double clamp(double bits) {
        return Math.max(WEAKEST, Math.min(STRONGEST, bits));
    }
}
