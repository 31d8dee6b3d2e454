package org.sira.people.cells;

import org.sira.tabular.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArrivalDateParserTest {

    private final ArrivalDateParser parser =
            new ArrivalDateParser(Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019-12-31", "31/12/2019", "31-12-2019", "31.12.2019"})
    void readsADayWrittenAsDatesOfBirthAre(String cell) {
        assertThat(parser.parse(cell).value()).contains(LocalDate.of(2019, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12/2019", "2019", "vers 2019"})
    void requiresTheDay(String cell) {
        Parsed<LocalDate> parsed = parser.parse(cell);

        assertThat(parsed.errorCode()).contains(ArrivalDateParser.DAY_REQUIRED);
        assertThat(parsed.arguments()).containsExactly(cell);
    }

    @Test
    void readsTheDayNumberThatADateCellShowsWhenItLostItsFormat() {
        assertThat(parser.parse("43831").value()).contains(LocalDate.of(2020, 1, 1));
        assertThat(parser.parse(" 21916 ").value()).contains(LocalDate.of(1960, 1, 1));
        // A day number after today is refused like any date after today.
        assertThat(parser.parse("46000").errorCode()).contains("import.date.future");
        // Four digits are a year, which an arrival cannot be; six digits are no date.
        assertThat(parser.parse("2019").errorCode()).contains(ArrivalDateParser.DAY_REQUIRED);
        assertThat(parser.parse("438350").errorCode()).contains("import.date.invalid");
    }

    @Test
    void saysTheOneFirstYearOfArrivalsWhateverTheCenturyOfTheDate() {
        assertThat(parser.parse("31/12/1899").arguments()).containsExactly("31/12/1899", "1960");
        assertThat(parser.parse("01/01/1900").arguments()).containsExactly("01/01/1900", "1960");
        assertThat(parser.parse("01/01/1960").value()).contains(LocalDate.of(1960, 1, 1));
    }

    @Test
    void refusesADayThatDoesNotExist() {
        assertThat(parser.parse("31/02/2019").errorCode()).contains("import.date.nonexistent");
    }

    @Test
    void refusesAnArrivalAfterToday() {
        assertThat(parser.parse("16/06/2024").errorCode()).contains("import.date.future");
    }
}
