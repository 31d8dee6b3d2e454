package org.sira.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which nights of a stay a period counts: the evenings in the period that the person spent in the centre. */
class ShelterNightsTest {

    private static final ReportPeriod JANUARY = new ReportPeriod(LocalDate.of(1978, 1, 1), LocalDate.of(1978, 1, 31), ReportPeriod.Kind.CUSTOM);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static long nights(String in, String out, ReportPeriod period, LocalDate today) {
        return AssistanceReports.nights(OffsetDateTime.parse(in), out == null ? null : OffsetDateTime.parse(out), period, today);
    }

    @Test
    void aStayCountsFromItsFirstEveningToTheEveningBeforeCheckOut() {
        assertThat(nights("1978-01-10T22:00Z", "1978-01-13T07:00Z", JANUARY, TODAY)).isEqualTo(3);
    }

    @Test
    void aStayLeftTheSameDayCountsNoNight() {
        assertThat(nights("1978-01-10T08:00Z", "1978-01-10T17:00Z", JANUARY, TODAY)).isZero();
    }

    @Test
    void onlyTheEveningsInsideThePeriodCount() {
        assertThat(nights("1977-12-30T10:00Z", "1978-01-03T09:00Z", JANUARY, TODAY)).isEqualTo(2);
        assertThat(nights("1978-01-30T10:00Z", "1978-02-04T09:00Z", JANUARY, TODAY)).isEqualTo(2);
        assertThat(nights("1977-12-01T10:00Z", "1977-12-31T09:00Z", JANUARY, TODAY)).isZero();
    }

    @Test
    void anOpenStayCountsEveryEveningUpToTonight() {
        assertThat(nights("1978-01-29T20:00Z", null, JANUARY, TODAY)).isEqualTo(3);
        assertThat(nights("1978-01-29T20:00Z", null, JANUARY, LocalDate.of(1978, 1, 30))).isEqualTo(2);
    }

    @Test
    void theDayIsBamakosWhateverTheOffsetTheDatabaseGives() {
        assertThat(nights("1978-01-11T01:00+02:00", "1978-01-12T09:00Z", JANUARY, TODAY)).as("10 January 23:00 UTC").isEqualTo(2);
    }
}
