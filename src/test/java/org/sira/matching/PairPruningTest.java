package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairPruningTest {

    @Test
    void dropsOnlyPairsBelowTheThresholdAndScoresTheOthersExactlyAsWeight() {
        SyntheticPopulation.Scenario scenario = new SyntheticPopulation(11).registryAndManifest(3_000, 180, 0.4);
        Vocabulary vocabulary = new Vocabulary();
        FieldStatistics statistics = new FieldStatistics();
        MatchSettings settings = MatchSettings.defaults();
        NameNormaliser normaliser = NameNormaliser.standard();
        RecordPreparation preparation = new RecordPreparation(normaliser, vocabulary, settings.extraFieldNames());
        List<PreparedRecord> registry = new ArrayList<>();
        for (SyntheticPopulation.Labelled labelled : scenario.registry()) {
            PreparedRecord prepared = preparation.prepare(labelled.record());
            statistics.count(prepared, +1);
            registry.add(prepared);
        }
        PairScorer scorer = new PairScorer(vocabulary, statistics, settings, normaliser);
        int pruned = 0;
        int kept = 0;
        for (SyntheticPopulation.Labelled row : scenario.manifest()) {
            PreparedRecord query = preparation.prepare(row.record());
            double ceiling = scorer.parentsCeiling(query);
            for (PreparedRecord candidate : registry) {
                double weight = scorer.weight(query, candidate, null);
                for (double threshold : new double[] {-5, 0, 6, 12, 18}) {
                    double reaching = scorer.weightReaching(query, candidate, threshold, ceiling);
                    if (reaching == Double.NEGATIVE_INFINITY) {
                        assertThat(weight).isLessThan(threshold);
                        pruned++;
                    } else {
                        assertThat(reaching).isEqualTo(weight);
                        kept += weight >= threshold ? 1 : 0;
                    }
                }
            }
        }
        assertThat(pruned).isPositive();
        assertThat(kept).isPositive();
    }
}
