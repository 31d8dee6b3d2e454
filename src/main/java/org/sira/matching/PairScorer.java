package org.sira.matching;

import java.util.Arrays;

/**
 * Compares two prepared records field by field and sums the Fellegi–Sunter weights. The same code
 * path serves the fast ranking (no explanation) and the explanation of the candidates shown.
 */
final class PairScorer {

    private final MatchSettings settings;
    private final MatchWeights weights;
    private final NameComparison names;
    private final ParentComparison parents;
    private final PlaceComparison places;
    private final PersonalComparison personal;

    PairScorer(Vocabulary vocabulary, FieldStatistics statistics, MatchSettings settings, NameNormaliser normaliser) {
        this.settings = settings;
        this.weights = settings.weights();
        LevelWeights levelWeights = new LevelWeights(weights);
        this.names = new NameComparison(vocabulary, statistics, levelWeights, normaliser);
        this.parents = new ParentComparison(statistics, levelWeights, names);
        this.places = new PlaceComparison(vocabulary, statistics, levelWeights);
        this.personal = new PersonalComparison(levelWeights, settings.extraFieldNames());
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
        double personalWeight = names.names(a, b, sink, family);
        personalWeight = personal.plusAll(personalWeight, a, b, sink);
        family.add(parents.father(a, b, family.sinkOrNull()));
        family.add(parents.mother(a, b, family.sinkOrNull()));
        family.add(places.origin(a, b, family.sinkOrNull()));
        return personalWeight + family.total(weights.familyEvidenceCap());
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
        double personalWeight = names.names(a, b, null, family);
        personalWeight = personal.plusAll(personalWeight, a, b, null);
        double origin = places.origin(a, b, null);
        // The margin covers rounding: the bound adds the same numbers in another order.
        if (personalWeight + family.ceilingWith(origin, parentsCeiling, weights.familyEvidenceCap()) < minWeight - 1e-6) {
            return Double.NEGATIVE_INFINITY;
        }
        family.add(parents.father(a, b, null));
        family.add(parents.mother(a, b, null));
        family.add(origin);
        return personalWeight + family.total(weights.familyEvidenceCap());
    }

    /**
     * The most the father's and mother's names of {@code a} could add to any pair: agreement on the
     * rarest of them, or on all the mother's words at once.
     */
    double parentsCeiling(PreparedRecord a) {
        return parents.ceiling(a);
    }

    /** Agreement levels only, in {@link MatchField} order then extras: the input of weight estimation. */
    Agreement[] levels(PreparedRecord a, PreparedRecord b) {
        int fields = MatchField.values().length + settings.extraFieldNames().size();
        Agreement[] levels = new Agreement[fields];
        Arrays.fill(levels, Agreement.MISSING);
        weight(a, b, (field, agreement, w, detail, values) -> levels[indexOf(field)] = agreement);
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
}
