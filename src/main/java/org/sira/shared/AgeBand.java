package org.sira.shared;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age at a day (an arrival, a handout), in the bands api-v1 gives for open data: {@code 0-17},
 * {@code 18-24}, {@code 25-34}, {@code 35-44}, {@code 45+}, {@code unknown} (no date of birth).
 * The one definition of the bands: the reports, the open-data export and the programmes' donor
 * export all band ages here (programmes may depend on nothing but shared, hence its place).
 */
public enum AgeBand {
    MINOR("0-17"), AGE_18_24("18-24"), AGE_25_34("25-34"), AGE_35_44("35-44"), AGE_45_PLUS("45+"), UNKNOWN("unknown");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    /** As api-v1 writes it. */
    public String label() {
        return label;
    }

    /** The band of an age in full years; {@link #UNKNOWN} when the age is not known (or negative). */
    public static AgeBand of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        return age < 18 ? MINOR : age < 25 ? AGE_18_24 : age < 35 ? AGE_25_34 : age < 45 ? AGE_35_44 : AGE_45_PLUS;
    }

    /** Full years at {@code day}, as {@link #SQL} counts them; {@link #UNKNOWN} without a date of birth. */
    public static AgeBand at(LocalDate birth, LocalDate day) {
        return birth == null ? UNKNOWN : of(Period.between(birth, day).getYears());
    }
}
