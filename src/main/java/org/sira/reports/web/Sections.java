package org.sira.reports.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/** What the reports' sections have in common: a breakdown as chart and table of shares, the subtitle. */
@Component
class Sections {

    private final Words words;

    Sections(Words words) {
        this.words = words;
    }

    /**
     * A chart (when asked) and a table of label, count and share of the total; the key null is the
     * count of returns whose value is not known. The table's first column is headed {@code titleKey + ".label"}.
     */
    ReportDocument.Section shares(String titleKey, Map<String, Long> counts, Function<String, String> label, long total,
                                  boolean chart, Locale locale) {
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((key, n) -> labelled.merge(key == null ? words.get("report.unknown", locale) : label.apply(key), n, Long::sum));
        List<List<Object>> rows = new ArrayList<>();
        labelled.forEach((name, n) -> rows.add(List.of(name, n, share(n, total))));
        // What is counted: returns unless the section names it ({@code titleKey + ".count"}).
        String count = words.getOr(titleKey + ".count", locale, words.get("reports.count", locale));
        return new ReportDocument.Section(words.get(titleKey, locale),
                chart && !labelled.isEmpty() ? ReportCharts.bars(labelled, count, locale) : null,
                ReportCharts.barsHeight(labelled.size()),
                new ReportDocument.Table(List.of(words.get(titleKey + ".label", locale), count, "%"), rows));
    }

    static Double share(long n, long total) {
        return total == 0 ? 0.0 : Math.round(1000.0 * n / total) / 10.0;
    }

    static Map<String, Long> byCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The period, capitalised, and the one arrival point and the one project counted if any. */
    static String subtitle(String period, String arrivalPoint, org.sira.reports.ReportProject project, Words words, Locale locale) {
        String subtitle = Character.toUpperCase(period.charAt(0)) + period.substring(1);
        if (arrivalPoint != null) {
            subtitle += " · " + words.get("report.arrivalPoint.only", locale, arrivalPoint);
        }
        return project == null ? subtitle : subtitle + " · " + words.get("report.project.only", locale, project.name(), project.donor());
    }

}
