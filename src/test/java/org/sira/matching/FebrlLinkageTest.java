package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FebrlLinkageTest {

    @Test
    void linksFebrlDatasetFourAToFourBWithAnF1OfAtLeastNinetyNinePercent() {
        FebrlLinkage.Result result = FebrlLinkage.link(FebrlLinkage.settings());
        System.out.println("FEBRL4 a↔b: " + result);

        assertThat(result.f1()).isGreaterThanOrEqualTo(0.99);
    }
}
