package org.sira.reports;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aSemesterOrAYearIsNamedAndCoversItsDays() {
        ReportPeriod second = ReportPeriod.parse("2024-S2", null, null, TODAY);
        assertThat(second).isEqualTo(new ReportPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), ReportPeriod.Kind.SEMESTER));
        assertThat(second.name()).isEqualTo("2024-S2");
        assertThat(ReportPeriod.parse(" 2019 ", null, null, TODAY).name()).isEqualTo("2019");
        assertThat(ReportPeriod.parse(null, "2024-03-01", "2024-04-30", TODAY).name()).isNull();
    }

    @Test
    void nothingAskedIsTheSemesterOfToday() {
        assertThat(ReportPeriod.parse(null, "", null, TODAY)).isEqualTo(ReportPeriod.semester(2026, 2));
        assertThat(ReportPeriod.semesterOf(LocalDate.of(2026, 6, 30)).to()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void anUnknownPeriodOrDayIsRefusedWithTheFieldItConcerns() {
        assertThatThrownBy(() -> ReportPeriod.parse("2024-S3", null, null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("period"));
        assertThatThrownBy(() -> ReportPeriod.parse("2028", null, null, TODAY)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2024-02-30", null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting("field")
                        .containsExactly("from", "to"));
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2024-05-01", "2024-04-30", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("report.period.reversed"));
    }
}
