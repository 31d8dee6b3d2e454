package org.sira.people.cells;

import org.sira.tabular.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;

class BirthDateParserTest {

    private static final Clock TODAY_2024_06_15 = Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), ZoneOffset.UTC);

    private final BirthDateParser parser = new BirthDateParser(TODAY_2024_06_15);

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "1990-03-14|1990-03-14|DAY",
            "14/03/1990|1990-03-14|DAY",
            "4/3/1990|1990-03-04|DAY",
            "14-03-1990|1990-03-14|DAY",
            "14.03.1990|1990-03-14|DAY",
            "1990/03/14|1990-03-14|DAY",
            "14/03/1990 00:00:00|1990-03-14|DAY",
            "1990-03-14T00:00|1990-03-14|DAY",
            "03/1990|1990-03-01|MONTH",
            "3-1990|1990-03-01|MONTH",
            "1990|1990-01-01|YEAR",
            "vers 1990|1990-01-01|ESTIMATED",
            "Vers  1990|1990-01-01|ESTIMATED",
            "about 1990|1990-01-01|ESTIMATED",
            "~1990|1990-01-01|ESTIMATED",
            "env. 1990|1990-01-01|ESTIMATED",
            "1990-03|1990-03-01|MONTH"})
    void readsEachWritingWithThePrecisionItCarries(String cell, LocalDate date, DatePrecision precision) {
        assertThat(parser.parse(cell).value()).contains(new BirthDate(date, precision));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"31/02/2019", "29/02/2023", "03/14/1990", "13/1990", "2019-02-30", "00/2000"})
    void refusesDatesThatDoNotExist(String cell) {
        Parsed<BirthDate> parsed = parser.parse(cell);

        assertThat(parsed.errorCode()).contains("import.date.nonexistent");
        assertThat(parsed.arguments()).containsExactly(cell);
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(parser.parse("29/02/2024").value()).contains(new BirthDate(LocalDate.of(2024, 2, 29), DatePrecision.DAY));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"14/03/90", "hier", "14 mars 1990", "1990-3-", "19900314", "vers", "14/03-1990"})
    void refusesWhatIsNotADate(String cell) {
        assertThat(parser.parse(cell).errorCode()).contains("import.date.invalid");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"16/06/2024", "07/2024", "2025", "vers 2030"})
    void refusesDatesInTheFuture(String cell) {
        assertThat(parser.parse(cell).errorCode()).contains("import.date.future");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15/06/2024", "06/2024", "2024"})
    void acceptsDatesUpToToday(String cell) {
        assertThat(parser.parse(cell).isInvalid()).isFalse();
    }

    @Test
    void refusesDatesBeforeNineteenHundred() {
        Parsed<BirthDate> parsed = parser.parse("1899");

        assertThat(parsed.errorCode()).contains("import.date.tooOld");
        assertThat(parsed.arguments()).containsExactly("1899", "1900");
    }

    @Test
    void takesABlankCellForNoValue() {
        assertThat(parser.parse("").isBlank()).isTrue();
    }

    @Test
    void quotesAtMostFortyCharactersOfTheCellInTheError() {
        Parsed<BirthDate> parsed = parser.parse("x".repeat(500));

        assertThat(parsed.arguments().get(0)).hasSize(41).endsWith("…");
    }
}
