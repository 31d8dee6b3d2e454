package org.sira.people.cells;

import org.sira.tabular.CellParser;
import org.sira.tabular.Parsed;
import java.time.Clock;
import java.time.LocalDate;

import org.sira.people.BirthDate;

/**
 * Reads a date of birth with the precision it is known to: {@code 1990-03-14},
 * {@code 14/03/1990}, {@code 14-03-1990}, {@code 14.03.1990}, {@code 03/1990}, {@code 1990},
 * {@code vers 1990} / {@code about 1990}. Dates that do not exist or lie in the future are refused.
 */
public final class BirthDateParser implements CellParser<BirthDate> {

    private final Clock clock;

    public BirthDateParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Parsed<BirthDate> parse(String cell) {
        LocalDate today = LocalDate.now(clock);
        return DateText.read(cell).then(date -> DateText.notAfter(date, today, cell));
    }
}
