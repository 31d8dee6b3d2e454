package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which score of a person counts as "at about 12 months after her return": the assessment closest
 * to 12 months after the arrival, within 9 to 15 months and before any next return (the earlier one
 * on a tie); for the latest return in the period that has one. Plain Java, tested on its own.
 */
public final class TwelveMonthScores {

    public static final int TARGET_MONTHS = 12;
    public static final int MIN_MONTHS = 9;
    public static final int MAX_MONTHS = 15;

    private TwelveMonthScores() {
    }

    public record Arrival(UUID returnId, String kind, LocalDate arrivalDate) {
    }

    public record Score(LocalDate date, double composite) {
    }

    /** The score that counts, with the return it follows and whether a training was completed between the two. */
    public record Observation(Arrival arrival, Score score, boolean completedTraining) {
    }

    /**
     * @param arrivals every return of the person (any period), in any order
     * @param scores her assessments' composites
     * @param trainingsCompleted the days her completed trainings ended
     */
    public static Optional<Observation> of(List<Arrival> arrivals, List<Score> scores, List<LocalDate> trainingsCompleted,
                                           LocalDate from, LocalDate to) {
        List<Arrival> sorted = arrivals.stream().sorted(Comparator.comparing(Arrival::arrivalDate)).toList();
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Arrival arrival = sorted.get(i);
            if (arrival.arrivalDate().isBefore(from) || arrival.arrivalDate().isAfter(to)) {
                continue;
            }
            LocalDate next = i + 1 < sorted.size() ? sorted.get(i + 1).arrivalDate() : null;
            Optional<Score> score = closest(arrival.arrivalDate(), next, scores);
            if (score.isPresent()) {
                LocalDate on = score.get().date();
                boolean trained = trainingsCompleted.stream().anyMatch(end -> !end.isBefore(arrival.arrivalDate()) && !end.isAfter(on));
                return Optional.of(new Observation(arrival, score.get(), trained));
            }
        }
        return Optional.empty();
    }

    static Optional<Score> closest(LocalDate arrival, LocalDate nextArrival, List<Score> scores) {
        LocalDate earliest = arrival.plusMonths(MIN_MONTHS);
        LocalDate latest = arrival.plusMonths(MAX_MONTHS);
        LocalDate target = arrival.plusMonths(TARGET_MONTHS);
        return scores.stream()
                .filter(s -> !s.date().isBefore(earliest) && !s.date().isAfter(latest))
                .filter(s -> nextArrival == null || s.date().isBefore(nextArrival))
                .min(Comparator.comparingLong((Score s) -> Math.abs(ChronoUnit.DAYS.between(target, s.date())))
                        .thenComparing(Score::date));
    }
}
