package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality targets on synthetic registries of 20,000 records with 180-row manifests of which about 40%
 * are returning people. Five independent seeds are added up so that one unlucky row does not decide.
 * Quality only: timings are measured by the benchmarks, never asserted.
 */
class LinkageQualityTest {

    private static ManifestQuality quality;

    @BeforeAll
    static void linkFiveManifests() {
        quality = new ManifestQuality(0, 0, 0, 0, 0, 0, 0);
        for (long seed = 101; seed <= 105; seed++) {
            SyntheticPopulation.Scenario scenario = new SyntheticPopulation(seed).registryAndManifest(20_000, 180, 0.4);
            quality = quality.plus(ManifestQuality.measure(scenario, MatchSettings.defaults()));
        }
        System.out.println("Manifest linkage quality: " + quality);
    }

    @Test
    void almostEveryMatchIsTheSamePerson() {
        assertThat(quality.matchPrecision()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void almostEveryReturningPersonIsOfferedAsMatchOrPossible() {
        assertThat(quality.linksFound()).isGreaterThanOrEqualTo(0.98);
    }

    /**
     * Lowered from 0.90 by issue 13: a MATCH now needs a clear lead over any other person and something
     * personal beyond names and place, so some returnees who were matched alone now go to review (still
     * offered: see the links found). Precision over recall: a false merge costs more than a tap.
     */
    @Test
    void mostReturningPeopleAreMatchedWithoutReview() {
        assertThat(quality.matchRecall()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void fewRowsAreLeftForManualReview() {
        assertThat(quality.reviewShare()).isLessThanOrEqualTo(0.15);
    }
}
