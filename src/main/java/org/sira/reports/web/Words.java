package org.sira.reports.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.sira.reference.ReferenceData;
import org.sira.reports.ReportPeriod;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reports' words in the reader's language: labels of codes, periods, numbers. */
@Component
class Words {

    private final MessageSource messages;
    private final ReferenceData reference;

    Words(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    String get(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The message of {@code key}, or {@code otherwise} when there is none. */
    String getOr(String key, Locale locale, String otherwise) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    /** The label of a code under a key prefix ({@code kind.}, {@code continent.}), the code itself when none. */
    String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    String country(String alpha2, Locale locale) {
        return reference.country(alpha2).map(c -> c.name(locale)).orElse(alpha2);
    }

    /**
     * "6 621" in French, "6,621" in English. The space is a no-break space the PDF's fonts have
     * (Java's French format uses a narrow one they lack).
     */
    static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n).replace('\u202f', '\u00a0');
    }

    /** "au 1er semestre 2024", "en 2024", "du 1er mars 2024 au 30 avril 2024" (and in English). */
    String period(ReportPeriod period, Locale locale) {
        return switch (period.kind()) {
            case SEMESTER -> get("report.period.semester", locale, period.from().getMonthValue() == 1 ? 1 : 2,
                    String.valueOf(period.from().getYear()));
            case YEAR -> get("report.period.year", locale, String.valueOf(period.from().getYear()));
            case CUSTOM -> get("report.period.custom", locale, day(period.from(), locale), day(period.to(), locale));
        };
    }

    /** "1er juillet 2004", "30 juin 2004"; "1 July 2004" in English. */
    static String day(java.time.LocalDate day, Locale locale) {
        String monthAndYear = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(day);
        boolean french = locale.getLanguage().equals("fr");
        return (day.getDayOfMonth() == 1 && french ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + monthAndYear;
    }

    /** A named period a reader can choose: {@code 2024-S1}, "1er semestre 2024". */
    record Period(String value, String label) {
    }

    /** Semesters and years, newest first, back to {@code oldest}. */
    List<Period> periods(int newest, int oldest, Locale locale) {
        List<Period> periods = new java.util.ArrayList<>();
        for (int year = newest; year >= oldest; year--) {
            for (int half = 2; half >= 1; half--) {
                periods.add(new Period(year + "-S" + half, get("reports.semester", locale, half, String.valueOf(year))));
            }
            periods.add(new Period(String.valueOf(year), get("reports.year", locale, String.valueOf(year))));
        }
        return periods;
    }

    /** "A, B et C" / "A, B and C". */
    String list(List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + get("report.and", locale) + items.get(items.size() - 1);
    }
}
