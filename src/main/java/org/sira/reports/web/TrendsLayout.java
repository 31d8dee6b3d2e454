package org.sira.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.reports.ReturnTrends;
import org.sira.reports.TrendsReport;
import org.springframework.stereotype.Component;

/** The trends report: one stacked bar per year by kind of return, and the table behind it. */
@Component
class TrendsLayout {

    private final Words words;

    TrendsLayout(Words words) {
        this.words = words;
    }

    ReportDocument document(TrendsReport report, Locale locale) {
        List<String> years = report.years().stream().map(y -> String.valueOf(y.year())).toList();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (String kind : ReturnTrends.KINDS) {
            series.put(words.label("kind.", kind, locale), report.years().stream().map(y -> y.byKind().get(kind)).toList());
        }
        List<String> header = new ArrayList<>(List.of(words.get("report.year", locale)));
        header.addAll(series.keySet());
        header.add(words.get("report.total", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (TrendsReport.Year year : report.years()) {
            List<Object> row = new ArrayList<>(List.of(String.valueOf(year.year())));
            ReturnTrends.KINDS.forEach(kind -> row.add(year.byKind().get(kind)));
            row.add(year.total());
            rows.add(row);
        }
        String period = words.get("report.trends.period", locale, String.valueOf(report.fromYear()), String.valueOf(report.toYear()));
        ReportDocument.Section section = new ReportDocument.Section(words.get("report.trends.byYear", locale),
                ReportCharts.stacked(years, series, words.get("reports.count", locale), locale), 420,
                new ReportDocument.Table(header, rows));
        return new ReportDocument(words.get("report.trends.title", locale),
                Sections.subtitle(period, report.arrivalPoint(), report.project(), words, locale), headline(report, locale), List.of(section));
    }

    /** The total, then which kind led in the first and the last year of the span. */
    private String headline(TrendsReport report, Locale locale) {
        long total = report.years().stream().mapToLong(TrendsReport.Year::total).sum();
        String sentence = words.get("report.trends.headline", locale, Words.number(total, locale),
                String.valueOf(report.fromYear()), String.valueOf(report.toYear()));
        TrendsReport.Year first = report.years().get(0);
        TrendsReport.Year last = report.years().get(report.years().size() - 1);
        if (first.total() == 0 || last.total() == 0 || first == last) {
            return sentence;
        }
        return sentence + " " + words.get("report.trends.leading", locale, leading(first, locale), leading(last, locale));
    }

    /** "2015 : Expulsion (62,5 %)". */
    private String leading(TrendsReport.Year year, Locale locale) {
        Map.Entry<String, Long> top = year.byKind().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return words.get("report.trends.lead", locale, String.valueOf(year.year()), words.label("kind.", top.getKey(), locale),
                ReportDocument.Table.text(Sections.share(top.getValue(), year.total()), locale));
    }
}
