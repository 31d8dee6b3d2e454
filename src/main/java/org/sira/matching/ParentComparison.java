package org.sira.matching;

import static org.sira.matching.EvidenceSink.emit;
import static org.sira.matching.NameComparison.MIN_SHARE;

/** Weighs the father's first names and the mother's name of two records. */
final class ParentComparison {

    private final FieldStatistics statistics;
    private final LevelWeights weights;
    private final NameComparison names;

    ParentComparison(FieldStatistics statistics, LevelWeights weights, NameComparison names) {
        this.statistics = statistics;
        this.weights = weights;
        this.names = names;
    }

    double father(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        NameComparison.NameAgreement agreement = names.compareNames(a.father, b.father, true);
        double weight = agreement.level() == Agreement.DISAGREE
                ? ParentDisagreement.father(share(statistics.father, agreement.key()), share(statistics.father, agreement.otherKey()))
                : names.nameWeight(MatchField.FATHER, agreement, statistics.father);
        names.report(sink, MatchField.FATHER, agreement, statistics.father, "", weight);
        return weight;
    }

    private static double share(ValueFrequencies frequencies, int key) {
        return Math.max(frequencies.share(key), MIN_SHARE);
    }

    /** How common a mother's name is: the product of the shares of its words among mothers' names. */
    private double nameShare(int[] mother) {
        double share = 1;
        for (int i = 0; i < PreparedRecord.wordCount(mother); i++) {
            share *= share(statistics.mother, PreparedRecord.key(mother, i));
        }
        return share;
    }

    /** The mother's name has several words: each agreeing word is evidence. */
    double mother(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        int na = PreparedRecord.wordCount(a.mother);
        int nb = PreparedRecord.wordCount(b.mother);
        FieldWeights w = weights.field(MatchField.MOTHER);
        if (na == 0 || nb == 0) {
            return emit(sink, MatchField.MOTHER, Agreement.MISSING, 0, () -> "missing on one side");
        }
        double sharedShare = 1;
        int agreeing = 0;
        int differing = 0;
        boolean exact = true;
        boolean typo = false;
        for (int i = 0; i < na; i++) {
            Agreement best = Agreement.DISAGREE;
            for (int j = 0; j < nb; j++) {
                Agreement level = names.compareWords(PreparedRecord.word(a.mother, i), PreparedRecord.key(a.mother, i),
                        PreparedRecord.word(b.mother, j), PreparedRecord.key(b.mother, j), true);
                best = level.compareTo(best) < 0 ? level : best;
            }
            if (best.compareTo(Agreement.VARIANT) <= 0) {
                agreeing++;
                exact &= best == Agreement.EXACT;
                sharedShare *= Math.max(statistics.mother.share(PreparedRecord.key(a.mother, i)), MIN_SHARE);
            } else if (best != Agreement.DISAGREE) {
                typo = true;
            } else {
                differing++;
            }
        }
        int needed = Math.min(na, nb);
        int agreed = agreeing;
        if (agreeing >= needed) {
            Agreement level = exact ? Agreement.EXACT : Agreement.VARIANT;
            return emit(sink, MatchField.MOTHER, level, w.weightOfShared(level, Math.max(sharedShare, 1e-7)), () -> agreed + " word(s) agree");
        }
        if (agreeing > 0 && (differing == 0 || na != nb)) {
            return emit(sink, MatchField.MOTHER, Agreement.RELATED,
                    w.weightOfShared(Agreement.RELATED, Math.max(sharedShare, MIN_SHARE)), () -> "only " + agreed + " word(s) agree");
        }
        if (typo && agreeing == 0) {
            return emit(sink, MatchField.MOTHER, Agreement.TYPO, weights.of(MatchField.MOTHER, Agreement.TYPO), () -> "close spelling");
        }
        // Same first name but another family name is another woman: the mother's family name does not change.
        double against = ParentDisagreement.mother(nameShare(a.mother), nameShare(b.mother));
        return emit(sink, MatchField.MOTHER, Agreement.DISAGREE, against,
                () -> agreed > 0 ? "same first name, other family name" : "different");
    }

    /**
     * The most the father's and mother's names of {@code a} could add to any pair: agreement on the
     * rarest of them, or on all the mother's words at once. Weighed on the side of {@code a} because
     * the scorer judges a shared name by the rarity of {@code a}'s key.
     */
    double ceiling(PreparedRecord a) {
        double father = 0;
        FieldWeights fatherWeights = weights.field(MatchField.FATHER);
        if (PreparedRecord.wordCount(a.father) > 0) {
            father = maxOfLevelsBelowVariant(MatchField.FATHER);
            for (int i = 0; i < PreparedRecord.wordCount(a.father); i++) {
                double share = Math.max(statistics.father.share(PreparedRecord.key(a.father, i)), MIN_SHARE);
                father = Math.max(father, Math.max(fatherWeights.weightOfShared(Agreement.EXACT, share),
                        fatherWeights.weightOfShared(Agreement.VARIANT, share)));
            }
        }
        double mother = 0;
        FieldWeights motherWeights = weights.field(MatchField.MOTHER);
        if (PreparedRecord.wordCount(a.mother) > 0) {
            // Every agreeing word multiplies the shared share down: all words agreeing is the rarest case.
            double allShared = 1;
            for (int i = 0; i < PreparedRecord.wordCount(a.mother); i++) {
                allShared *= Math.max(statistics.mother.share(PreparedRecord.key(a.mother, i)), MIN_SHARE);
            }
            mother = Math.max(weights.of(MatchField.MOTHER, Agreement.TYPO), weights.of(MatchField.MOTHER, Agreement.DISAGREE));
            mother = Math.max(mother, motherWeights.weightOfShared(Agreement.EXACT, Math.max(allShared, 1e-7)));
            mother = Math.max(mother, motherWeights.weightOfShared(Agreement.VARIANT, Math.max(allShared, 1e-7)));
            mother = Math.max(mother, motherWeights.weightOfShared(Agreement.RELATED, Math.max(allShared, MIN_SHARE)));
        }
        return Math.max(father, 0) + Math.max(mother, 0);
    }

    private double maxOfLevelsBelowVariant(MatchField field) {
        double max = weights.of(field, Agreement.RELATED);
        max = Math.max(max, weights.of(field, Agreement.PHONETIC));
        max = Math.max(max, weights.of(field, Agreement.TYPO));
        return Math.max(max, weights.of(field, Agreement.DISAGREE));
    }
}
