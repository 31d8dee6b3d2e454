package org.sira.matching;

import static org.sira.matching.EvidenceSink.emit;

/** Weighs the place of origin of two records: region, commune and village. */
final class PlaceComparison {

    private static final double MIN_PLACE_SHARE = 2e-3;

    private final Vocabulary vocabulary;
    private final FieldStatistics statistics;
    private final LevelWeights weights;

    PlaceComparison(Vocabulary vocabulary, FieldStatistics statistics, LevelWeights weights) {
        this.vocabulary = vocabulary;
        this.statistics = statistics;
        this.weights = weights;
    }

    /**
     * Region, commune and village are nested: the same village implies the same commune and region, so
     * only the most specific agreement counts; counting all three would count one fact three times.
     */
    double origin(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
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
        FieldWeights w = weights.field(field);
        if (a == b) {
            // Families cluster in villages, so a shared village is less rare among namesakes than its share of
            // the whole registry suggests: the share is floored.
            return emit(sink, field, Agreement.EXACT,
                    w.weightOfShared(Agreement.EXACT, Math.max(frequencies.share(a), MIN_PLACE_SHARE)), () -> vocabulary.text(a));
        }
        String ta = vocabulary.text(a);
        String tb = vocabulary.text(b);
        if (field != MatchField.REGION && isPlaceTypo(a, b)) {
            return emit(sink, field, Agreement.TYPO, weights.of(field, Agreement.TYPO), () -> ta + " / " + tb);
        }
        return emit(sink, field, Agreement.DISAGREE, weights.of(field, Agreement.DISAGREE), () -> ta + " / " + tb);
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
                && Slips.oneEditApart(vocabulary.text(a), vocabulary.text(b));
    }
}
