package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality under night conditions (issue 13): registries of 20,000 records where a third of the people have
 * namesakes, lists of 300 rows typed as heard. Three seeds added up. The figures at 50,000 × 600 are in
 * docs/BENCHMARKS.md ({@link NightFigures}).
 */
class NightConditionsQualityTest {

    private static NightQuality quality;

    @BeforeAll
    static void linkThreeNightLists() {
        quality = new NightQuality(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (long seed = 301; seed <= 303; seed++) {
            NightConditions night = new NightConditions(seed);
            quality = quality.plus(NightQuality.measure(night, night.registryAndList(20_000, 300, 0.4), MatchSettings.defaults()));
        }
        System.out.println("Night list linkage quality: " + quality);
    }

    @Test
    void fewMatchesNameTheWrongPersonEvenAtNight() {
        // Issue 13 asks for 0.99; measured here: 0.990 (docs/BENCHMARKS.md, "Matching under night conditions, third pass").
        assertThat(quality.matchPrecision()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void almostEveryLinkTheDataAllowIsOffered() {
        assertThat(quality.linksFoundOfCeiling()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theOracleFindsThatManyRowsFitSeveralPeople() {
        assertThat(quality.ceiling()).isBetween(0.3, 0.8);
    }
}
