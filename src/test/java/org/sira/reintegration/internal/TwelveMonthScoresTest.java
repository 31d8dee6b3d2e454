package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.reintegration.internal.TwelveMonthScores.Arrival;
import org.sira.reintegration.internal.TwelveMonthScores.Observation;
import org.sira.reintegration.internal.TwelveMonthScores.Score;

import static org.assertj.core.api.Assertions.assertThat;

class TwelveMonthScoresTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 12, 31);

    private static Arrival arrival(String kind, String on) {
        return new Arrival(UUID.randomUUID(), kind, LocalDate.parse(on));
    }

    private static Score score(String on, double composite) {
        return new Score(LocalDate.parse(on), composite);
    }

    private static Optional<Observation> of(List<Arrival> arrivals, List<Score> scores, List<LocalDate> trainings) {
        return TwelveMonthScores.of(arrivals, scores, trainings, FROM, TO);
    }

    @Test
    void theAssessmentClosestToTwelveMonthsCountsAndTheEarlierOnATie() {
        List<Arrival> arrival = List.of(arrival("FORCED_REMOVAL", "2020-03-01"));
        assertThat(of(arrival, List.of(score("2020-12-05", 0.1), score("2021-02-20", 0.9), score("2021-05-30", 0.2)), List.of())
                .orElseThrow().score().composite()).isEqualTo(0.9);
        assertThat(of(arrival, List.of(score("2021-03-11", 0.3), score("2021-02-19", 0.6)), List.of())
                .orElseThrow().score().composite()).isEqualTo(0.6);
    }

    @Test
    void theWindowRunsFromNineToFifteenMonthsBothIncluded() {
        List<Arrival> arrival = List.of(arrival("FORCED_REMOVAL", "2020-03-01"));
        assertThat(of(arrival, List.of(score("2020-11-30", 1), score("2021-06-02", 1)), List.of())).isEmpty();
        assertThat(of(arrival, List.of(score("2020-12-01", 0.4)), List.of()).orElseThrow().score().composite()).isEqualTo(0.4);
        assertThat(of(arrival, List.of(score("2021-06-01", 0.7)), List.of()).orElseThrow().score().composite()).isEqualTo(0.7);
    }

    @Test
    void anAssessmentAfterTheNextReturnBelongsToThatReturn() {
        Arrival first = arrival("FORCED_REMOVAL", "2020-01-15");
        Arrival second = arrival("SPONTANEOUS_VOLUNTARY", "2020-08-01");
        Observation seen = of(List.of(second, first), List.of(score("2020-12-20", 1), score("2021-08-01", 0)), List.of()).orElseThrow();
        assertThat(seen.arrival()).isEqualTo(second);
        assertThat(seen.score().composite()).isZero();
        assertThat(of(List.of(first, second), List.of(score("2020-12-20", 1)), List.of())).isEmpty();
    }

    @Test
    void theLatestReturnOfThePeriodWithAScoreCountsAndReturnsOutsideItDoNot() {
        Arrival early = arrival("FORCED_REMOVAL", "2020-02-01");
        Arrival later = arrival("BORDER_REJECTION", "2021-02-01");
        Observation seen = of(List.of(early, later), List.of(score("2021-01-20", 0.5), score("2022-02-01", 0.9)), List.of()).orElseThrow();
        assertThat(seen.arrival()).isEqualTo(early);
        assertThat(of(List.of(arrival("FORCED_REMOVAL", "2019-12-31")), List.of(score("2020-12-31", 1)), List.of())).isEmpty();
    }

    @Test
    void aTrainingCountsWhenItWasCompletedBetweenTheReturnAndTheAssessment() {
        List<Arrival> arrival = List.of(arrival("FORCED_REMOVAL", "2020-03-01"));
        List<Score> scores = List.of(score("2021-03-01", 0.8));
        assertThat(of(arrival, scores, List.of(LocalDate.parse("2020-09-30"))).orElseThrow().completedTraining()).isTrue();
        assertThat(of(arrival, scores, List.of(LocalDate.parse("2020-03-01"))).orElseThrow().completedTraining()).isTrue();
        assertThat(of(arrival, scores, List.of(LocalDate.parse("2021-03-01"))).orElseThrow().completedTraining()).isTrue();
        assertThat(of(arrival, scores, List.of(LocalDate.parse("2020-02-28"))).orElseThrow().completedTraining()).isFalse();
        assertThat(of(arrival, scores, List.of(LocalDate.parse("2021-03-02"))).orElseThrow().completedTraining()).isFalse();
    }
}
