package org.sira.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.programmes.LineSpending;
import org.sira.reports.DonorReport;
import org.sira.shelter.StockKeeping;
import org.springframework.stereotype.Component;

/** The donor report of a project: people reached, what was given, spending against budget line by line. */
@Component
class DonorLayout {

    private final Words words;
    private final StockKeeping stock;

    DonorLayout(Words words, StockKeeping stock) {
        this.words = words;
        this.stock = stock;
    }

    ReportDocument document(DonorReport report, Locale locale) {
        List<ReportDocument.Section> all = new ArrayList<>();
        Map<String, String> labels = stock.labels(locale);
        List<List<Object>> items = new ArrayList<>();
        Map<String, Long> quantities = new LinkedHashMap<>();
        for (DonorReport.Item item : report.assistance()) {
            String label = labels.getOrDefault(item.item(), item.item());
            quantities.put(label, item.quantity());
            items.add(List.of(label, item.quantity(), item.persons()));
        }
        String count = words.get("report.quantity", locale);
        all.add(new ReportDocument.Section(words.get("report.donor.assistance", locale),
                quantities.isEmpty() ? null : ReportCharts.bars(quantities, count, locale), ReportCharts.barsHeight(quantities.size()),
                new ReportDocument.Table(List.of(words.get("report.assistance.byItem.label", locale), count,
                        words.get("report.assistance.persons", locale)), items)));
        all.add(lines(report, locale));
        String period = report.period() != null ? words.period(report.period(), locale)
                : words.get("report.period.custom", locale, Words.day(report.from(), locale), Words.day(report.to(), locale));
        String headline = words.get("report.donor.headline", locale, report.project(), report.donor(),
                Words.number(report.peopleReached(), locale), Words.number(report.spentXof(), locale),
                Words.number(report.budgetXof(), locale));
        return new ReportDocument(words.get("report.donor.title", locale) + " · " + report.project(),
                Sections.subtitle(period, null, null, words, locale), headline, all);
    }

    private ReportDocument.Section lines(DonorReport report, Locale locale) {
        List<String> names = new ArrayList<>();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        List<Long> budget = new ArrayList<>();
        List<Long> spent = new ArrayList<>();
        series.put(words.get("report.donor.budget", locale), budget);
        series.put(words.get("report.donor.spent", locale), spent);
        List<List<Object>> rows = new ArrayList<>();
        for (LineSpending line : report.lines()) {
            names.add(line.name());
            budget.add(line.budgetXof());
            spent.add(line.spentXof());
            rows.add(List.of(line.name(), line.budgetXof(), line.spentXof(), line.leftXof(), line.peopleReached()));
        }
        rows.add(List.of(words.get("report.total", locale), report.budgetXof(), report.spentXof(),
                report.budgetXof() - report.spentXof(), report.peopleReached()));
        List<String> header = List.of(words.get("report.donor.line", locale), words.get("report.donor.budget", locale),
                words.get("report.donor.spent", locale), words.get("report.donor.left", locale),
                words.get("report.donor.reached", locale));
        return new ReportDocument.Section(words.get("report.donor.lines", locale),
                names.isEmpty() ? null : ReportCharts.grouped(names, series, "XOF", locale), 320, new ReportDocument.Table(header, rows));
    }
}
