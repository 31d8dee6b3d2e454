package org.sira.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sira.reintegration.internal.GroupSuppression;
import org.sira.reintegration.internal.OutcomeStore;
import org.sira.reintegration.internal.TwelveMonthScores;
import org.sira.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The director's view of reintegration: scores at about 12 months, by training completed and by kind of return. */
@Service
public class ReintegrationOutcomes {

    /** The kinds of return, in the order every report shows them. */
    public static final List<String> RETURN_KINDS = List.of("FORCED_REMOVAL", "BORDER_REJECTION", "ASSISTED_VOLUNTARY",
            "SPONTANEOUS_VOLUNTARY");
    static final int DEFAULT_YEARS = 5;

    private final OutcomeStore store;
    private final Clock clock;

    ReintegrationOutcomes(OutcomeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The period by default: the last {@value #DEFAULT_YEARS} calendar years, this one included. */
    public LocalDate defaultFrom() {
        return LocalDate.of(LocalDate.now(clock).getYear() - DEFAULT_YEARS + 1, 1, 1);
    }

    public LocalDate defaultTo() {
        return LocalDate.now(clock);
    }

    /** Compares the returns arrived from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public OutcomeComparison compare(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "reintegration.outcomes.period-reversed");
        }
        Map<String, double[]> training = new LinkedHashMap<>();
        training.put(OutcomeComparison.COMPLETED_TRAINING, new double[2]);
        training.put(OutcomeComparison.NO_COMPLETED_TRAINING, new double[2]);
        Map<String, double[]> kinds = new LinkedHashMap<>();
        RETURN_KINDS.forEach(kind -> kinds.put(kind, new double[2]));
        for (OutcomeStore.History h : store.histories(from, to).values()) {
            Optional<TwelveMonthScores.Observation> seen = TwelveMonthScores.of(h.arrivals(), h.scores(), h.trainingsCompleted(), from, to);
            if (seen.isPresent()) {
                TwelveMonthScores.Observation o = seen.get();
                add(training.get(o.completedTraining() ? OutcomeComparison.COMPLETED_TRAINING : OutcomeComparison.NO_COMPLETED_TRAINING),
                        o.score().composite());
                add(kinds.computeIfAbsent(o.arrival().kind(), k -> new double[2]), o.score().composite());
            }
        }
        return new OutcomeComparison(from, to, TwelveMonthScores.TARGET_MONTHS, TwelveMonthScores.MIN_MONTHS,
                TwelveMonthScores.MAX_MONTHS, GroupSuppression.MINIMUM, suppressed(training), suppressed(kinds));
    }

    private static void add(double[] tally, double composite) {
        tally[0]++;
        tally[1] += composite;
    }

    private static List<OutcomeGroup> suppressed(Map<String, double[]> tallies) {
        List<GroupSuppression.Tally> list = new ArrayList<>();
        tallies.forEach((code, t) -> list.add(new GroupSuppression.Tally(code, (int) t[0], t[1])));
        return GroupSuppression.apply(list);
    }
}
