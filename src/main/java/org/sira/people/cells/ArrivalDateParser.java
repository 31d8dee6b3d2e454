package org.sira.people.cells;

import org.sira.tabular.CellParser;
import org.sira.tabular.Parsed;
import java.time.Clock;
import java.time.LocalDate;

import org.sira.people.DatePrecision;

/**
 * Reads the day a person arrived back. Written as dates of birth are, but the day must be known:
 * a return is counted in the reports of the month and quarter it happened in.
 */
public final class ArrivalDateParser implements CellParser<LocalDate> {

    public static final String DAY_REQUIRED = "import.date.dayRequired";
    /** Returns are recorded from Mali's independence on, as the forms and the API record them. */
    static final int FIRST_YEAR = 1960;

    private final Clock clock;

    public ArrivalDateParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Parsed<LocalDate> parse(String cell) {
        LocalDate today = LocalDate.now(clock);
        return DateText.read(cell, FIRST_YEAR)
                .then(date -> DateText.notAfter(date, today, cell))
                .then(date -> date.precision() == DatePrecision.DAY
                        ? Parsed.of(date.date())
                        : Parsed.invalid(DAY_REQUIRED, Parsed.shown(cell)));
    }
}
