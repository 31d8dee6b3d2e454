package org.sira.shelter.internal;

import java.time.LocalDate;
import java.time.Period;

import org.sira.people.BirthDate;

/**
 * How old a person is on the day of check-in, as far as the birth date tells. A date known only
 * to the month or the year gives a range of possible birthdays: adult when every one of them is 18
 * years back or more, minor when none is, a possible minor in between; an unknown date is a
 * possible minor too.
 */
public enum AgeAtCheckIn {
    ADULT, MINOR, POSSIBLE_MINOR;

    private static final int MAJORITY = 18;

    public static AgeAtCheckIn of(BirthDate birthDate, LocalDate day) {
        if (birthDate == null) {
            return POSSIBLE_MINOR;
        }
        LocalDate earliest = birthDate.date();
        LocalDate latest = switch (birthDate.precision()) {
            case DAY -> earliest;
            case MONTH -> earliest.withDayOfMonth(earliest.lengthOfMonth());
            case YEAR, ESTIMATED -> earliest.withDayOfYear(earliest.lengthOfYear());
        };
        boolean youngestIsAdult = Period.between(latest, day).getYears() >= MAJORITY;
        boolean oldestIsAdult = Period.between(earliest, day).getYears() >= MAJORITY;
        return youngestIsAdult ? ADULT : oldestIsAdult ? POSSIBLE_MINOR : MINOR;
    }
}
