package org.sira.matching;

import java.util.List;
import java.util.Locale;

/**
 * Weighs names word against word: family and given names (also when typed in each other's column),
 * aliases, and the first names of a parent. The rarer the shared name, the stronger the evidence.
 */
final class NameComparison {

    // Below this share of the population an unseen or very rare value is not rarer still: protects
    // against huge weights from a single odd spelling.
    static final double MIN_SHARE = 2e-5;

    private final Vocabulary vocabulary;
    private final FieldStatistics statistics;
    private final LevelWeights weights;
    private final NameNormaliser normaliser;
    private final WordComparisons comparisons = new WordComparisons();

    NameComparison(Vocabulary vocabulary, FieldStatistics statistics, LevelWeights weights, NameNormaliser normaliser) {
        this.vocabulary = vocabulary;
        this.statistics = statistics;
        this.weights = weights;
        this.normaliser = normaliser;
    }

    /** How two names agree at best, and on which keys (for their rarity and for the explanation). */
    record NameAgreement(Agreement level, int key, int otherKey, int word, int otherWord) {
        static final NameAgreement MISSING = new NameAgreement(Agreement.MISSING, -1, -1, -1, -1);
    }

    /**
     * Family and given names are weighed together so that a record typed with the columns swapped
     * ("Moussa" as surname, "Traoré" as given name) still agrees with the other. Returns the given-name
     * weight; the family-name weight goes to {@code family}.
     */
    double names(PreparedRecord a, PreparedRecord b, EvidenceSink sink, FamilyEvidence family) {
        NameAgreement familyName = compareNames(a.family, b.family, false);
        NameAgreement given = compareGivenWithAliases(a, b);
        ValueFrequencies givenNames = statistics.givenNamesAmong(a.sex, b.sex);
        double straight = nameWeight(MatchField.FAMILY_NAME, familyName, statistics.family)
                + nameWeight(MatchField.GIVEN_NAMES, given, givenNames);
        if (familyName.level.compareTo(Agreement.VARIANT) > 0 || given.level.compareTo(Agreement.VARIANT) > 0) {
            NameAgreement crossFamily = compareNames(a.family, b.given, false);
            NameAgreement crossGiven = compareNames(a.given, b.family, false);
            // The shared words are a given name and a family name of the other record: their rarity is
            // judged among given names and family names respectively.
            double crossed = nameWeight(MatchField.FAMILY_NAME, crossFamily, statistics.given)
                    + nameWeight(MatchField.GIVEN_NAMES, crossGiven, statistics.family);
            if (crossed > straight && crossFamily.level != Agreement.MISSING && crossGiven.level != Agreement.MISSING) {
                report(family.sinkOrNull(), MatchField.FAMILY_NAME, crossFamily, statistics.given, "swapped with given names, ");
                report(sink, MatchField.GIVEN_NAMES, crossGiven, statistics.family, "swapped with family name, ");
                family.add(nameWeight(MatchField.FAMILY_NAME, crossFamily, statistics.given));
                return nameWeight(MatchField.GIVEN_NAMES, crossGiven, statistics.family);
            }
        }
        report(family.sinkOrNull(), MatchField.FAMILY_NAME, familyName, statistics.family, "");
        report(sink, MatchField.GIVEN_NAMES, given, givenNames, "");
        family.add(nameWeight(MatchField.FAMILY_NAME, familyName, statistics.family));
        return nameWeight(MatchField.GIVEN_NAMES, given, givenNames);
    }

    private NameAgreement compareGivenWithAliases(PreparedRecord a, PreparedRecord b) {
        NameAgreement best = compareNames(a.given, b.given, true);
        if (best.level.compareTo(Agreement.VARIANT) > 0 && (a.aliases.length > 0 || b.aliases.length > 0)) {
            best = better(best, compareNames(a.aliases, b.given, true));
            best = better(best, compareNames(a.given, b.aliases, true));
            best = better(best, compareNames(a.aliases, b.aliases, true));
        }
        return best;
    }

    private static NameAgreement better(NameAgreement x, NameAgreement y) {
        if (y.level == Agreement.MISSING) {
            return x;
        }
        return x.level == Agreement.MISSING || y.level.compareTo(x.level) < 0 ? y : x;
    }

    /** Best agreement between any word of one name and any word of the other. */
    NameAgreement compareNames(int[] a, int[] b, boolean givenNames) {
        int na = PreparedRecord.wordCount(a);
        int nb = PreparedRecord.wordCount(b);
        if (na == 0 || nb == 0) {
            return NameAgreement.MISSING;
        }
        NameAgreement best = null;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                Agreement level = compareWords(PreparedRecord.word(a, i), PreparedRecord.key(a, i),
                        PreparedRecord.word(b, j), PreparedRecord.key(b, j), givenNames);
                if (best == null || level.compareTo(best.level) < 0
                        || (level == best.level && level.compareTo(Agreement.VARIANT) <= 0
                        && statistics(givenNames).share(PreparedRecord.key(a, i)) < statistics(givenNames).share(best.key))) {
                    best = new NameAgreement(level, PreparedRecord.key(a, i), PreparedRecord.key(b, j),
                            PreparedRecord.word(a, i), PreparedRecord.word(b, j));
                }
            }
        }
        return best;
    }

    private ValueFrequencies statistics(boolean givenNames) {
        return givenNames ? statistics.given : statistics.family;
    }

    Agreement compareWords(int wordA, int keyA, int wordB, int keyB, boolean givenNames) {
        if (wordA == wordB) {
            return Agreement.EXACT;
        }
        if (keyA == keyB) {
            return Agreement.VARIANT;
        }
        Agreement remembered = comparisons.get(wordA, wordB, givenNames ? WordComparisons.GIVEN_NAME : WordComparisons.FAMILY_NAME);
        if (remembered != null) {
            return remembered;
        }
        Agreement level = compareDifferentWords(wordA, keyA, wordB, keyB, givenNames);
        comparisons.put(wordA, wordB, givenNames ? WordComparisons.GIVEN_NAME : WordComparisons.FAMILY_NAME, level);
        return level;
    }

    private Agreement compareDifferentWords(int wordA, int keyA, int wordB, int keyB, boolean givenNames) {
        String ka = vocabulary.text(keyA);
        String kb = vocabulary.text(keyB);
        if (givenNames && normaliser.areRelatedGivenNames(ka, kb)) {
            return Agreement.RELATED;
        }
        // Two well-attested names in different groups are different names, however alike they look
        // (Konaté/Kanté, Mamadou/Amadou): a slip of the pen does not usually produce another real name.
        byte known = givenNames ? Vocabulary.KNOWN_GIVEN_NAME : Vocabulary.KNOWN_SURNAME;
        if (vocabulary.has(keyA, known) && vocabulary.has(keyB, known)) {
            return Agreement.DISAGREE;
        }
        // A slip of one letter, in the spelling as written or in its key, is stronger evidence than a
        // mere likeness of sound.
        if (Slips.isTypo(ka, kb) || Slips.isTypo(vocabulary.text(wordA), vocabulary.text(wordB))) {
            return Agreement.TYPO;
        }
        if (vocabulary.phonetic(keyA).equals(vocabulary.phonetic(keyB)) && !vocabulary.phonetic(keyA).isEmpty()) {
            return Agreement.PHONETIC;
        }
        return Agreement.DISAGREE;
    }

    double nameWeight(MatchField field, NameAgreement agreement, ValueFrequencies frequencies) {
        if (agreement.level == Agreement.MISSING) {
            return 0;
        }
        FieldWeights w = weights.field(field);
        if (agreement.level == Agreement.EXACT || agreement.level == Agreement.VARIANT) {
            return w.weightOfShared(agreement.level, Math.max(frequencies.share(agreement.key), MIN_SHARE));
        }
        if (agreement.level == Agreement.TYPO || agreement.level == Agreement.PHONETIC) {
            // A misspelt Traoré is still only a Traoré: a near miss never weighs more than agreeing on the
            // commoner of the two names would.
            double share = Math.max(frequencies.share(agreement.key), frequencies.share(agreement.otherKey));
            double asIfAgreed = w.weightOfShared(Agreement.VARIANT, Math.max(share, MIN_SHARE));
            return Math.min(weights.of(field, agreement.level), asIfAgreed - 1);
        }
        return weights.of(field, agreement.level);
    }

    private void report(EvidenceSink sink, MatchField field, NameAgreement agreement, ValueFrequencies frequencies,
            String prefix) {
        if (sink != null) {
            report(sink, field, agreement, frequencies, prefix, nameWeight(field, agreement, frequencies));
        }
    }

    void report(EvidenceSink sink, MatchField field, NameAgreement agreement, ValueFrequencies frequencies,
            String prefix, double weight) {
        if (sink == null) {
            return;
        }
        String detail = agreement.level == Agreement.MISSING ? "missing on one side"
                : prefix + vocabulary.text(agreement.key) + " / " + vocabulary.text(agreement.otherKey)
                + (agreement.level.compareTo(Agreement.VARIANT) <= 0
                        ? String.format(Locale.ROOT, ", shared by %.2f%%", 100 * frequencies.share(agreement.key))
                        : "");
        sink.add(field.label(), agreement.level, weight, detail, agreement.level == Agreement.MISSING ? List.of()
                : List.of(vocabulary.text(agreement.word), vocabulary.text(agreement.otherWord)));
    }
}
