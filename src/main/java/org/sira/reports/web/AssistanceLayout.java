package org.sira.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.reports.AssistanceReport;
import org.sira.shelter.StockKeeping;
import org.springframework.stereotype.Component;

/** The assistance report: what the centres gave, by kind, by project and by item, and the journeys home. */
@Component
class AssistanceLayout {

    private final Words words;
    private final Sections sections;
    private final StockKeeping stock;

    AssistanceLayout(Words words, Sections sections, StockKeeping stock) {
        this.words = words;
        this.sections = sections;
        this.stock = stock;
    }

    ReportDocument document(AssistanceReport report, Locale locale) {
        List<ReportDocument.Section> all = new ArrayList<>();
        all.add(summary(report, locale));
        all.add(byProject(report, locale));
        Map<String, String> items = stock.labels(locale);
        all.add(sections.shares("report.assistance.byItem", Sections.byCount(report.byItem()), code -> items.getOrDefault(code, code),
                report.byItem().values().stream().mapToLong(Long::longValue).sum(), true, locale));
        all.add(journeys(report, locale));
        String period = words.period(report.period(), locale);
        String headline = words.get("report.assistance.headline", locale, Words.number(report.nightsOfShelter(), locale),
                Words.number(report.meals(), locale), Words.number(report.kits(), locale), Words.number(report.journeysHome(), locale),
                period, Words.number(report.cashXof(), locale));
        return new ReportDocument(words.get("report.assistance.title", locale), Sections.subtitle(period, report.arrivalPoint(), report.project(), words, locale),
                headline, all);
    }

    private ReportDocument.Section summary(AssistanceReport report, Locale locale) {
        Map<String, Long> given = new LinkedHashMap<>();
        given.put(words.get("report.assistance.nights", locale), report.nightsOfShelter());
        given.put(words.get("report.assistance.meals", locale), report.meals());
        given.put(words.get("report.assistance.kits", locale), report.kits());
        given.put(words.get("report.assistance.otherItems", locale), report.otherItems());
        given.put(words.get("report.assistance.journeys", locale), report.journeysHome());
        List<List<Object>> rows = new ArrayList<>();
        given.forEach((label, n) -> rows.add(List.of(label, n)));
        rows.add(List.of(words.get("report.assistance.personsSheltered", locale), report.personsSheltered()));
        rows.add(List.of(words.get("report.assistance.personsAssisted", locale), report.personsAssisted()));
        rows.add(List.of(words.get("report.assistance.inCentreTonight", locale), report.inCentreTonight()));
        String count = words.get("report.quantity", locale);
        return new ReportDocument.Section(words.get("report.assistance.given", locale), ReportCharts.bars(given, count, locale),
                ReportCharts.barsHeight(given.size()),
                new ReportDocument.Table(List.of(words.get("report.assistance.given.label", locale), count), rows));
    }

    private ReportDocument.Section byProject(AssistanceReport report, Locale locale) {
        List<String> names = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(words.get("report.assistance.meals", locale), new ArrayList<>());
        series.put(words.get("report.assistance.kits", locale), new ArrayList<>());
        series.put(words.get("report.assistance.otherItems", locale), new ArrayList<>());
        for (AssistanceReport.Project p : report.byProject()) {
            String name = p.projectId() == null ? words.get("report.assistance.noProject", locale) : p.project();
            names.add(name);
            List<List<Long>> columns = new ArrayList<>(series.values());
            columns.get(0).add(p.meals());
            columns.get(1).add(p.kits());
            columns.get(2).add(p.otherItems());
            rows.add(List.of(name, p.donor() == null ? "" : p.donor(), p.meals(), p.kits(), p.otherItems(), p.persons()));
        }
        List<String> header = List.of(words.get("report.donor.project", locale), words.get("report.donor.donor", locale),
                words.get("report.assistance.meals", locale), words.get("report.assistance.kits", locale),
                words.get("report.assistance.otherItems", locale), words.get("report.assistance.persons", locale));
        return new ReportDocument.Section(words.get("report.assistance.byProject", locale),
                names.isEmpty() ? null : ReportCharts.stacked(names, series, words.get("report.quantity", locale), locale), 320,
                new ReportDocument.Table(header, rows));
    }

    private ReportDocument.Section journeys(AssistanceReport report, Locale locale) {
        List<List<Object>> rows = List.of(
                List.of(words.get("report.assistance.journeys", locale), report.journeysHome()),
                List.of(words.get("report.assistance.cash", locale), report.cashXof()),
                List.of(words.get("report.assistance.tickets", locale), report.ticketsXof()));
        return new ReportDocument.Section(words.get("report.assistance.journeysHome", locale), null, 0, new ReportDocument.Table(
                List.of(words.get("report.assistance.given.label", locale), words.get("report.assistance.amount", locale)), rows));
    }
}
