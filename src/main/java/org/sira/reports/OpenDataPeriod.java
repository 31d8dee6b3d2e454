package org.sira.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** How the open-data export groups arrival dates: by year ({@code 2019}), quarter ({@code 2019-Q1}) or month ({@code 2019-03}). */
public enum OpenDataPeriod {
    YEAR, QUARTER, MONTH;

    public static Optional<OpenDataPeriod> of(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String label(LocalDate day) {
        return switch (this) {
            case YEAR -> String.valueOf(day.getYear());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
        };
    }
}
