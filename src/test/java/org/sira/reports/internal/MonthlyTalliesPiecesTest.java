package org.sira.reports.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a report's period is cut between kept months and days counted from the returns. */
class MonthlyTalliesPiecesTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 104_729L * i + 7);
    }

    /**
     * Random periods (a few days to twenty years) and random months trusted: every day of the
     * period is in exactly one piece, a kept month is whole, trusted and inside the period, and a
     * month counted from the returns is one that could not be kept, unless the pieces were too many.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyDayOfThePeriodIsCountedOnceAndKeptMonthsAreWholeAndTrusted(long seed) {
        Random random = new Random(seed);
        LocalDate from = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(10_000));
        LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 90 : 7_300));
        Set<LocalDate> trusted = new HashSet<>();
        double share = random.nextDouble();
        for (LocalDate month = from.minusMonths(2).withDayOfMonth(1); month.isBefore(to.plusMonths(2)); month = month.plusMonths(1)) {
            if (random.nextDouble() < share) {
                trusted.add(month);
            }
        }

        MonthlyTallies.Pieces pieces = MonthlyTallies.Pieces.of(from, to, trusted);

        Set<LocalDate> days = new HashSet<>();
        for (LocalDate month : pieces.kept()) {
            assertThat(trusted).contains(month);
            assertThat(month).isAfterOrEqualTo(from);
            assertThat(month.plusMonths(1).minusDays(1)).isBeforeOrEqualTo(to);
            for (LocalDate day = month; day.getMonth() == month.getMonth(); day = day.plusDays(1)) {
                assertThat(days.add(day)).as("%s counted twice", day).isTrue();
            }
        }
        for (LocalDate[] span : pieces.counted()) {
            assertThat(span[0]).isBeforeOrEqualTo(span[1]);
            for (LocalDate day = span[0]; !day.isAfter(span[1]); day = day.plusDays(1)) {
                assertThat(days.add(day)).as("%s counted twice", day).isTrue();
            }
        }
        assertThat(days).hasSize((int) (to.toEpochDay() - from.toEpochDay() + 1));
        assertThat(days).allMatch(day -> !day.isBefore(from) && !day.isAfter(to));
        assertThat(pieces.counted().size()).isLessThanOrEqualTo(MonthlyTallies.MOST_PIECES);
        if (!pieces.kept().isEmpty()) {
            for (LocalDate[] span : pieces.counted()) {
                for (LocalDate month = span[0].withDayOfMonth(1); !month.isAfter(span[1]); month = month.plusMonths(1)) {
                    boolean whole = !month.isBefore(from) && !month.plusMonths(1).minusDays(1).isAfter(to);
                    assertThat(whole && trusted.contains(month)).as("%s could have been kept", month).isFalse();
                }
            }
        }
    }

    @Test
    void aSemesterOfTrustedMonthsIsReadFromItsKeptMonthsAlone() {
        Set<LocalDate> trusted = new HashSet<>();
        for (int m = 1; m <= 6; m++) {
            trusted.add(LocalDate.of(2024, m, 1));
        }
        MonthlyTallies.Pieces pieces = MonthlyTallies.Pieces.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), trusted);
        assertThat(pieces.kept()).hasSize(6);
        assertThat(pieces.counted()).isEmpty();
    }

    @Test
    void theDaysBeforeAndAfterWholeMonthsAndAChangedMonthAreCountedFromTheReturns() {
        Set<LocalDate> trusted = Set.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
        MonthlyTallies.Pieces pieces = MonthlyTallies.Pieces.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 6, 10), trusted);
        assertThat(pieces.kept()).containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
        assertThat(pieces.counted()).extracting(span -> List.of(span[0], span[1])).containsExactly(
                List.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 31)),
                List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)),
                List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 10)));
    }

    @Test
    void tooManyPiecesAreCountedAsOnePeriodFromTheReturns() {
        Set<LocalDate> everyOtherMonth = new HashSet<>();
        for (int m = 0; m < 48; m += 2) {
            everyOtherMonth.add(LocalDate.of(2020, 1, 1).plusMonths(m));
        }
        MonthlyTallies.Pieces pieces = MonthlyTallies.Pieces.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), everyOtherMonth);
        assertThat(pieces.kept()).isEmpty();
        assertThat(pieces.counted()).extracting(span -> List.of(span[0], span[1]))
                .containsExactly(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
    }
}
