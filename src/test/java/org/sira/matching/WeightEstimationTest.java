package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightEstimationTest {

    @Test
    void learnsFromBlockedPairsThatDuplicatesAgreeOnSexAndRarelyDisagreeOnGivenNames() {
        SyntheticPopulation.Scenario scenario = new SyntheticPopulation(5).registryAndManifest(5_000, 0, 0);
        MatchIndex index = new MatchIndex();
        scenario.registry().forEach(l -> index.add(l.record()));

        MatchWeights estimated = index.estimateWeights(5_000);

        FieldWeights sex = estimated.of(MatchField.SEX);
        FieldWeights given = estimated.of(MatchField.GIVEN_NAMES);
        assertThat(sex.m(Agreement.EXACT)).isGreaterThan(0.9);
        assertThat(given.m(Agreement.DISAGREE)).isLessThan(0.1);
        assertThat(estimated.of(MatchField.BIRTH_DATE)).isNotEqualTo(MatchWeights.malianDefaults().of(MatchField.BIRTH_DATE));
    }

    @Test
    void leavesTheWeightsAsTheyWereWhenThereIsNothingToLearnFrom() {
        MatchWeights start = MatchWeights.malianDefaults();

        MatchWeights estimated = new WeightEstimation(start, java.util.List.of()).estimate(java.util.List.of());

        assertThat(estimated).isSameAs(start);
    }
}
