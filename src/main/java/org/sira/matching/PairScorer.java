package org.sira.matching;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two prepared records field by field and sums the Fellegi–Sunter weights. The same code
 * path serves the fast ranking (no explanation) and the explanation of the candidates shown.
 */
final class PairScorer {

    /** Receives the explanation; scoring without one allocates nothing. */
    interface EvidenceSink {
        void add(String field, Agreement agreement, double weight, String detail);
    }

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    // Swapped neighbours (Umsan/Usman) are the commonest slip at a keyboard: one edit, not two.
    private static final DamerauLevenshteinDistance DAMERAU_2 = new DamerauLevenshteinDistance(2);
    // Below this share of the population an unseen or very rare value is not rarer still: protects
    // against huge weights from a single odd spelling.
    private static final double MIN_SHARE = 2e-5;
    private static final double MIN_PLACE_SHARE = 2e-3;

    private final Vocabulary vocabulary;
    private final FieldStatistics statistics;
    private final MatchSettings settings;
    private final MatchWeights weights;
    private final NameNormaliser normaliser;
    private final WordComparisons comparisons = new WordComparisons();
    // log2(m/u) per field and level, worked out once: a deduplication asks for them billions of times.
    private final double[][] levelWeights;
    private final double sameMonthWeight;
    private final double sameYearWeight;
    private final double estimatedYearWeight;

    PairScorer(Vocabulary vocabulary, FieldStatistics statistics, MatchSettings settings, NameNormaliser normaliser) {
        this.vocabulary = vocabulary;
        this.statistics = statistics;
        this.settings = settings;
        this.weights = settings.weights();
        this.normaliser = normaliser;
        this.levelWeights = new double[MatchField.values().length][Agreement.values().length];
        for (MatchField field : MatchField.values()) {
            for (Agreement level : Agreement.values()) {
                levelWeights[field.ordinal()][level.ordinal()] = weights.of(field).weight(level);
            }
        }
        FieldWeights date = weights.of(MatchField.BIRTH_DATE);
        double yearShare = date.u(Agreement.VARIANT);
        this.sameMonthWeight = date.weightWithU(Agreement.VARIANT, yearShare / 12);
        this.sameYearWeight = date.weightWithU(Agreement.VARIANT, yearShare);
        this.estimatedYearWeight = date.weightWithU(Agreement.VARIANT, 3 * yearShare);
    }

    private double weight(MatchField field, Agreement level) {
        return levelWeights[field.ordinal()][level.ordinal()];
    }

    MatchSettings settings() {
        return settings;
    }

    /**
     * Family name, parents' names and place of origin all say "same family" and are far from independent:
     * brothers agree on all of them. Their positive evidence together is capped, so that only what is
     * personal (given name, sex, birth date, phone, document) can carry a pair to MATCH.
     */
    double weight(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        FamilyEvidence family = new FamilyEvidence(sink);
        EvidenceSink familySink = sink == null ? null : family;
        double personal = names(a, b, sink, family);
        personal = plusPersonalOtherThanNames(personal, a, b, sink);
        family.add(givenNameSet(MatchField.FATHER, a.father, b.father, statistics.father, familySink));
        family.add(mother(a, b, familySink));
        family.add(origin(a, b, familySink));
        return personal + family.total(weights.familyEvidenceCap());
    }

    /**
     * The weight of the pair if it reaches {@code minWeight}, otherwise possibly negative infinity. Most
     * blocked pairs are far below the threshold; the parents' names are compared last, and only when
     * what they could add at most ({@code parentsCeiling}, from {@link #parentsCeiling}) could still
     * lift the pair to {@code minWeight}. A pair is never dropped that {@link #weight} would put at or
     * above {@code minWeight}; the weight returned otherwise is the same, summed in the same order.
     */
    double weightReaching(PreparedRecord a, PreparedRecord b, double minWeight, double parentsCeiling) {
        FamilyEvidence family = new FamilyEvidence(null);
        double personal = names(a, b, null, family);
        personal = plusPersonalOtherThanNames(personal, a, b, null);
        double origin = origin(a, b, null);
        // The margin covers rounding: the bound adds the same numbers in another order.
        if (personal + family.ceilingWith(origin, parentsCeiling, weights.familyEvidenceCap()) < minWeight - 1e-6) {
            return Double.NEGATIVE_INFINITY;
        }
        family.add(givenNameSet(MatchField.FATHER, a.father, b.father, statistics.father, null));
        family.add(mother(a, b, null));
        family.add(origin);
        return personal + family.total(weights.familyEvidenceCap());
    }

    /** Added one by one to the given-name weight, so that every path sums in the same order. */
    private double plusPersonalOtherThanNames(double personal, PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        personal += sex(a, b, sink);
        personal += birthDate(a, b, sink);
        personal += phone(a, b, sink);
        personal += document(a, b, sink);
        return personal + extras(a, b, sink);
    }

    /**
     * The most the father's and mother's names of {@code a} could add to any pair: agreement on the
     * rarest of them, or on all the mother's words at once. Weighed on the side of {@code a} because
     * {@link #weight} judges a shared name by the rarity of {@code a}'s key.
     */
    double parentsCeiling(PreparedRecord a) {
        double father = 0;
        FieldWeights fatherWeights = weights.of(MatchField.FATHER);
        if (PreparedRecord.wordCount(a.father) > 0) {
            father = maxOfLevelsBelowVariant(MatchField.FATHER);
            for (int i = 0; i < PreparedRecord.wordCount(a.father); i++) {
                double share = Math.max(statistics.father.share(PreparedRecord.key(a.father, i)), MIN_SHARE);
                father = Math.max(father, Math.max(fatherWeights.weightOfShared(Agreement.EXACT, share),
                        fatherWeights.weightOfShared(Agreement.VARIANT, share)));
            }
        }
        double mother = 0;
        FieldWeights motherWeights = weights.of(MatchField.MOTHER);
        if (PreparedRecord.wordCount(a.mother) > 0) {
            // Every agreeing word multiplies the shared share down: all words agreeing is the rarest case.
            double allShared = 1;
            for (int i = 0; i < PreparedRecord.wordCount(a.mother); i++) {
                allShared *= Math.max(statistics.mother.share(PreparedRecord.key(a.mother, i)), MIN_SHARE);
            }
            mother = Math.max(weight(MatchField.MOTHER, Agreement.TYPO), weight(MatchField.MOTHER, Agreement.DISAGREE));
            mother = Math.max(mother, motherWeights.weightOfShared(Agreement.EXACT, Math.max(allShared, 1e-7)));
            mother = Math.max(mother, motherWeights.weightOfShared(Agreement.VARIANT, Math.max(allShared, 1e-7)));
            mother = Math.max(mother, motherWeights.weightOfShared(Agreement.RELATED, Math.max(allShared, MIN_SHARE)));
        }
        return Math.max(father, 0) + Math.max(mother, 0);
    }

    private double maxOfLevelsBelowVariant(MatchField field) {
        double max = weight(field, Agreement.RELATED);
        max = Math.max(max, weight(field, Agreement.PHONETIC));
        max = Math.max(max, weight(field, Agreement.TYPO));
        return Math.max(max, weight(field, Agreement.DISAGREE));
    }

    /** Collects family-level weights; reports them to the sink scaled down when the cap applies. */
    private static final class FamilyEvidence implements EvidenceSink {
        private final EvidenceSink sink;
        private final java.util.List<FieldEvidence> lines;
        private double positive;
        private double negative;

        FamilyEvidence(EvidenceSink sink) {
            this.sink = sink;
            this.lines = sink == null ? null : new java.util.ArrayList<>();
        }

        void add(double weight) {
            if (weight > 0) {
                positive += weight;
            } else {
                negative += weight;
            }
        }

        @Override
        public void add(String field, Agreement agreement, double weight, String detail) {
            if (lines == null) {
                return;
            }
            lines.add(new FieldEvidence(field, agreement, weight, detail));
        }

        /** The most {@link #total} could come to once {@code origin} and parents weighing at most {@code parents} are added. */
        double ceilingWith(double origin, double parents, double cap) {
            return Math.min(positive + Math.max(origin, 0) + parents, cap) + negative + Math.min(origin, 0);
        }

        double total(double cap) {
            double scale = positive > cap ? cap / positive : 1;
            if (sink != null) {
                for (FieldEvidence line : lines) {
                    double w = line.weight();
                    String detail = line.detail();
                    if (w > 0 && scale < 1) {
                        detail += String.format(java.util.Locale.ROOT, "; family evidence capped, x%.2f", scale);
                    }
                    sink.add(line.field(), line.agreement(), w > 0 ? w * scale : w, detail);
                }
            }
            return positive * scale + negative;
        }
    }

    /** Agreement levels only, in {@link MatchField} order then extras: the input of weight estimation. */
    Agreement[] levels(PreparedRecord a, PreparedRecord b) {
        int fields = MatchField.values().length + settings.extraFieldNames().size();
        Agreement[] levels = new Agreement[fields];
        java.util.Arrays.fill(levels, Agreement.MISSING);
        weight(a, b, (field, agreement, w, detail) -> levels[indexOf(field)] = agreement);
        return levels;
    }

    int indexOf(String field) {
        for (MatchField f : MatchField.values()) {
            if (f.label().equals(field)) {
                return f.ordinal();
            }
        }
        return MatchField.values().length + settings.extraFieldNames().indexOf(field);
    }

    // ---- names ---------------------------------------------------------------------------------------

    /**
     * Family and given names are weighed together so that a record typed with the columns swapped
     * ("Moussa" as surname, "Traoré" as given name) still agrees with the other. Returns the given-name
     * weight; the family-name weight goes to {@code family}.
     */
    private double names(PreparedRecord a, PreparedRecord b, EvidenceSink sink, FamilyEvidence family) {
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
                report(sink == null ? null : family, MatchField.FAMILY_NAME, crossFamily, statistics.given,
                        "swapped with given names, ");
                report(sink, MatchField.GIVEN_NAMES, crossGiven, statistics.family, "swapped with family name, ");
                family.add(nameWeight(MatchField.FAMILY_NAME, crossFamily, statistics.given));
                return nameWeight(MatchField.GIVEN_NAMES, crossGiven, statistics.family);
            }
        }
        report(sink == null ? null : family, MatchField.FAMILY_NAME, familyName, statistics.family, "");
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

    private double givenNameSet(MatchField field, int[] a, int[] b, ValueFrequencies frequencies, EvidenceSink sink) {
        NameAgreement agreement = compareNames(a, b, true);
        report(sink, field, agreement, frequencies, "");
        return nameWeight(field, agreement, frequencies);
    }

    /** Best agreement between any word of one name and any word of the other. */
    private NameAgreement compareNames(int[] a, int[] b, boolean givenNames) {
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
                    best = new NameAgreement(level, PreparedRecord.key(a, i), PreparedRecord.key(b, j));
                }
            }
        }
        return best;
    }

    private ValueFrequencies statistics(boolean givenNames) {
        return givenNames ? statistics.given : statistics.family;
    }

    private Agreement compareWords(int wordA, int keyA, int wordB, int keyB, boolean givenNames) {
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
        if (isTypo(ka, kb) || isTypo(vocabulary.text(wordA), vocabulary.text(wordB))) {
            return Agreement.TYPO;
        }
        if (vocabulary.phonetic(keyA).equals(vocabulary.phonetic(keyB)) && !vocabulary.phonetic(keyA).isEmpty()) {
            return Agreement.PHONETIC;
        }
        return Agreement.DISAGREE;
    }

    private static boolean isTypo(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        // One slip leaves the first or the last letter in place; checking that first saves most
        // edit-distance computations between plainly different names.
        if (a.charAt(0) != b.charAt(0) && a.charAt(a.length() - 1) != b.charAt(b.length() - 1)) {
            return false;
        }
        int distance = DAMERAU_2.apply(a, b);
        if (distance == 1) {
            return true;
        }
        return distance == 2 && shorter >= 5 && JARO_WINKLER.apply(a, b) >= 0.9;
    }

    private double nameWeight(MatchField field, NameAgreement agreement, ValueFrequencies frequencies) {
        if (agreement.level == Agreement.MISSING) {
            return 0;
        }
        FieldWeights w = weights.of(field);
        if (agreement.level == Agreement.EXACT || agreement.level == Agreement.VARIANT) {
            return w.weightOfShared(agreement.level, Math.max(frequencies.share(agreement.key), MIN_SHARE));
        }
        if (agreement.level == Agreement.TYPO || agreement.level == Agreement.PHONETIC) {
            // A misspelt Traoré is still only a Traoré: a near miss never weighs more than agreeing on the
            // commoner of the two names would.
            double share = Math.max(frequencies.share(agreement.key), frequencies.share(agreement.otherKey));
            double asIfAgreed = w.weightOfShared(Agreement.VARIANT, Math.max(share, MIN_SHARE));
            return Math.min(weight(field, agreement.level), asIfAgreed - 1);
        }
        return weight(field, agreement.level);
    }

    private void report(EvidenceSink sink, MatchField field, NameAgreement agreement, ValueFrequencies frequencies,
            String prefix) {
        if (sink == null) {
            return;
        }
        String detail = agreement.level == Agreement.MISSING ? "missing on one side"
                : prefix + vocabulary.text(agreement.key) + " / " + vocabulary.text(agreement.otherKey)
                + (agreement.level.compareTo(Agreement.VARIANT) <= 0
                        ? String.format(java.util.Locale.ROOT, ", shared by %.2f%%", 100 * frequencies.share(agreement.key))
                        : "");
        sink.add(field.label(), agreement.level, nameWeight(field, agreement, frequencies), detail);
    }

    private record NameAgreement(Agreement level, int key, int otherKey) {
        static final NameAgreement MISSING = new NameAgreement(Agreement.MISSING, -1, -1);
    }

    // ---- mother's name: several words, each agreeing word is evidence -----------------------------------

    private double mother(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        int na = PreparedRecord.wordCount(a.mother);
        int nb = PreparedRecord.wordCount(b.mother);
        FieldWeights w = weights.of(MatchField.MOTHER);
        if (na == 0 || nb == 0) {
            return emit(sink, MatchField.MOTHER, Agreement.MISSING, 0, () -> "missing on one side");
        }
        double sharedShare = 1;
        int agreeing = 0;
        boolean exact = true;
        boolean typo = false;
        for (int i = 0; i < na; i++) {
            Agreement best = Agreement.DISAGREE;
            for (int j = 0; j < nb; j++) {
                Agreement level = compareWords(PreparedRecord.word(a.mother, i), PreparedRecord.key(a.mother, i),
                        PreparedRecord.word(b.mother, j), PreparedRecord.key(b.mother, j), true);
                best = level.compareTo(best) < 0 ? level : best;
            }
            if (best.compareTo(Agreement.VARIANT) <= 0) {
                agreeing++;
                exact &= best == Agreement.EXACT;
                sharedShare *= Math.max(statistics.mother.share(PreparedRecord.key(a.mother, i)), MIN_SHARE);
            } else if (best != Agreement.DISAGREE) {
                typo = true;
            }
        }
        int needed = Math.min(na, nb);
        int agreed = agreeing;
        if (agreeing >= needed) {
            Agreement level = exact ? Agreement.EXACT : Agreement.VARIANT;
            return emit(sink, MatchField.MOTHER, level, w.weightOfShared(level, Math.max(sharedShare, 1e-7)), () -> agreed + " word(s) agree");
        }
        if (agreeing > 0) {
            return emit(sink, MatchField.MOTHER, Agreement.RELATED,
                    w.weightOfShared(Agreement.RELATED, Math.max(sharedShare, MIN_SHARE)), () -> "only " + agreed + " word(s) agree");
        }
        Agreement level = typo ? Agreement.TYPO : Agreement.DISAGREE;
        return emit(sink, MatchField.MOTHER, level, weight(MatchField.MOTHER, level),
                () -> level == Agreement.TYPO ? "close spelling" : "different");
    }

    // ---- other fields --------------------------------------------------------------------------------

    private double sex(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (a.sex == 0 || b.sex == 0) {
            return emit(sink, MatchField.SEX, Agreement.MISSING, 0, () -> "missing on one side");
        }
        Agreement level = a.sex == b.sex ? Agreement.EXACT : Agreement.DISAGREE;
        return emit(sink, MatchField.SEX, level, weight(MatchField.SEX, level), () -> "");
    }

    /** Dates are compared at the coarser of the two precisions: a year-only date cannot contradict a day. */
    private double birthDate(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (!a.hasDate() || !b.hasDate()) {
            return emit(sink, MatchField.BIRTH_DATE, Agreement.MISSING, 0, () -> "missing on one side");
        }
        int precision = Math.max(a.precision, b.precision);
        int years = Math.abs(a.birthYear - b.birthYear);

        switch (precision) {
            case PreparedRecord.DAY -> {
                if (a.birthDay == b.birthDay) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.EXACT, weight(MatchField.BIRTH_DATE, Agreement.EXACT), () -> "same day");
                }
                boolean swapped = years == 0 && a.birthDayOfMonth == b.birthMonth
                        && a.birthMonth == b.birthDayOfMonth;
                boolean oneSlip = (years == 0 && (a.birthMonth == b.birthMonth
                        || a.birthDayOfMonth == b.birthDayOfMonth))
                        || (years <= 10 && a.birthMonth == b.birthMonth && a.birthDayOfMonth == b.birthDayOfMonth
                        && oneDigitApart(a.birthYear, b.birthYear));
                if (swapped || oneSlip) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.TYPO, weight(MatchField.BIRTH_DATE, Agreement.TYPO), () -> "one slip in the date");
                }
                if (years == 0) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.RELATED, weight(MatchField.BIRTH_DATE, Agreement.RELATED), () -> "same year only");
                }
            }
            case PreparedRecord.MONTH -> {
                if (years == 0 && a.birthMonth == b.birthMonth) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.VARIANT,
                            sameMonthWeight, () -> "same month");
                }
                if (years <= 1) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.TYPO, weight(MatchField.BIRTH_DATE, Agreement.TYPO), () -> "within a year");
                }
            }
            case PreparedRecord.YEAR -> {
                if (years == 0) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.VARIANT, sameYearWeight, () -> "same year");
                }
                if (years == 1) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.TYPO, weight(MatchField.BIRTH_DATE, Agreement.TYPO), () -> "one year apart");
                }
                if (years == 2) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.RELATED, weight(MatchField.BIRTH_DATE, Agreement.RELATED), () -> "two years apart");
                }
            }
            default -> {
                // An estimated age drifts: "about 25" at each return.
                if (years <= 1) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.VARIANT,
                            estimatedYearWeight, () -> "estimated, within a year");
                }
                if (years <= 3) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.TYPO, weight(MatchField.BIRTH_DATE, Agreement.TYPO), () -> "estimated, within three years");
                }
            }
        }
        // Ages are guessed, so a few years apart is a weak contradiction; a generation apart is a strong one.
        double far = years > 5 ? FieldWeights.log2(5) : 0;
        return emit(sink, MatchField.BIRTH_DATE, Agreement.DISAGREE, weight(MatchField.BIRTH_DATE, Agreement.DISAGREE) - far, () -> years + " year(s) apart");
    }

    private static boolean oneDigitApart(int yearA, int yearB) {
        int diff = 0;
        String a = Integer.toString(yearA);
        String b = Integer.toString(yearB);
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return diff == 1;
    }

    /**
     * Region, commune and village are nested: the same village implies the same commune and region, so
     * only the most specific agreement counts; counting all three would count one fact three times.
     */
    private double origin(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        boolean sameCommune = a.commune >= 0 && a.commune == b.commune;
        boolean sameRegion = a.region >= 0 && a.region == b.region;
        boolean contradicted = (a.commune >= 0 && b.commune >= 0 && !sameCommune)
                || (a.region >= 0 && b.region >= 0 && !sameRegion);
        boolean sameVillage = a.village >= 0 && a.village == b.village && !contradicted;
        double total = 0;
        if (a.village >= 0 && a.village == b.village && contradicted) {
            // Village names repeat across Mali: the same name in another commune is another village.
            total += place(MatchField.REGION, a.region, b.region, statistics.region, sink);
            total += place(MatchField.COMMUNE, a.commune, b.commune, statistics.commune, sink);
            return total + emit(sink, MatchField.VILLAGE, Agreement.DISAGREE, 0, () -> "same name in another commune or region: " + vocabulary.text(a.village));
        }
        total += sameCommune || sameVillage
                ? implied(sink, MatchField.REGION, a.region, b.region)
                : place(MatchField.REGION, a.region, b.region, statistics.region, sink);
        total += sameVillage
                ? implied(sink, MatchField.COMMUNE, a.commune, b.commune)
                : place(MatchField.COMMUNE, a.commune, b.commune, statistics.commune, sink);
        total += place(MatchField.VILLAGE, a.village, b.village, statistics.village, sink);
        return total;
    }

    private double implied(EvidenceSink sink, MatchField field, int a, int b) {
        if (a >= 0 && b >= 0 && a != b) {
            // A disagreement above an agreement is a recording error (a village filed under another commune).
            return emit(sink, field, Agreement.DISAGREE, 0, () -> "contradicts the more precise place, ignored");
        }
        return emit(sink, field, a < 0 || b < 0 ? Agreement.MISSING : Agreement.EXACT, 0, () -> "implied by the more precise place");
    }

    private double place(MatchField field, int a, int b, ValueFrequencies frequencies, EvidenceSink sink) {
        if (a < 0 || b < 0) {
            return emit(sink, field, Agreement.MISSING, 0, () -> "missing on one side");
        }
        FieldWeights w = weights.of(field);
        if (a == b) {
            // Families cluster in villages, so a shared village is less rare among namesakes than its share of
            // the whole registry suggests: the share is floored.
            return emit(sink, field, Agreement.EXACT,
                    w.weightOfShared(Agreement.EXACT, Math.max(frequencies.share(a), MIN_PLACE_SHARE)), () -> vocabulary.text(a));
        }
        String ta = vocabulary.text(a);
        String tb = vocabulary.text(b);
        if (field != MatchField.REGION && isPlaceTypo(a, b)) {
            return emit(sink, field, Agreement.TYPO, weight(field, Agreement.TYPO), () -> ta + " / " + tb);
        }
        return emit(sink, field, Agreement.DISAGREE, weight(field, Agreement.DISAGREE), () -> ta + " / " + tb);
    }

    /**
     * Not remembered in {@link WordComparisons}: a deduplication meets millions of distinct village
     * pairs, which would crowd the name comparisons out of that table, and the check below costs no
     * more than a look-up.
     */
    private boolean isPlaceTypo(int a, int b) {
        int la = vocabulary.length(a);
        int lb = vocabulary.length(b);
        return Math.min(la, lb) >= 5 && Math.abs(la - lb) <= 1
                && (vocabulary.firstLetter(a) == vocabulary.firstLetter(b) || vocabulary.lastLetter(a) == vocabulary.lastLetter(b))
                && oneEditApart(vocabulary.text(a), vocabulary.text(b));
    }

    /**
     * Whether one insertion, deletion or substitution turns one text into the other (a Levenshtein
     * distance of exactly 1), found from the common beginning and end without filling an edit-distance
     * table.
     */
    static boolean oneEditApart(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int ll = longer.length();
        int ls = shorter.length();
        if (ll - ls > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < ls && longer.charAt(prefix) == shorter.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < ls - prefix && longer.charAt(ll - 1 - suffix) == shorter.charAt(ls - 1 - suffix)) {
            suffix++;
        }
        // Same length: everything but one position agrees. One longer: the shorter is the longer
        // with one letter left out.
        return ll == ls ? prefix + suffix == ll - 1 : prefix + suffix == ls;
    }

    private double phone(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (a.phone < 0 || b.phone < 0) {
            return emit(sink, MatchField.PHONE, Agreement.MISSING, 0, () -> "missing on one side");
        }
        Agreement level = a.phone == b.phone ? Agreement.EXACT : Agreement.DISAGREE;
        return emit(sink, MatchField.PHONE, level, weight(MatchField.PHONE, level), () -> level == Agreement.EXACT ? "same number" : "numbers change often");
    }

    private double document(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (a.document == null || b.document == null) {
            return emit(sink, MatchField.DOCUMENT, Agreement.MISSING, 0, () -> "missing on one side");
        }
        Agreement level = a.document.equals(b.document) ? Agreement.EXACT
                : oneEditApart(a.document, b.document) ? Agreement.TYPO : Agreement.DISAGREE;
        return emit(sink, MatchField.DOCUMENT, level, weight(MatchField.DOCUMENT, level), () -> "");
    }

    private double extras(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        double total = 0;
        for (int i = 0; i < a.extras.length; i++) {
            String field = settings.extraFieldNames().get(i);
            String va = a.extras[i];
            String vb = b.extras[i];
            if (va == null || vb == null) {
                emit(sink, field, Agreement.MISSING, 0, () -> "missing on one side");
                continue;
            }
            Agreement level = va.equals(vb) ? Agreement.EXACT
                    : JARO_WINKLER.apply(va, vb) >= 0.9 ? Agreement.TYPO : Agreement.DISAGREE;
            total += emit(sink, field, level, weights.ofExtra(field).weight(level), () -> "");
        }
        return total;
    }

    // Details are built only when someone asks for an explanation: ranking thousands of candidates must
    // not assemble thousands of strings.
    private static double emit(EvidenceSink sink, MatchField field, Agreement level, double weight,
            java.util.function.Supplier<String> detail) {
        if (sink != null) {
            sink.add(field.label(), level, weight, detail.get());
        }
        return weight;
    }

    private static double emit(EvidenceSink sink, String field, Agreement level, double weight,
            java.util.function.Supplier<String> detail) {
        if (sink != null) {
            sink.add(field, level, weight, detail.get());
        }
        return weight;
    }
}
