package org.sira.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.sira.reference.ReferenceData;
import org.sira.reports.ReturnCounts;
import org.sira.reports.ReturnTrends;
import org.sira.reports.ReturneesReport;
import org.springframework.stereotype.Component;

/** The returnees report as a reader reads it: headline, then one section per breakdown. */
@Component
class ReturneesLayout {

    private final Words words;
    private final Sections sections;
    private final ReferenceData reference;

    ReturneesLayout(Words words, Sections sections, ReferenceData reference) {
        this.words = words;
        this.sections = sections;
        this.reference = reference;
    }

    ReportDocument document(ReturneesReport report, Locale locale) {
        ReturnCounts counts = report.counts();
        long total = counts.total();
        List<ReportDocument.Section> all = new ArrayList<>();
        all.add(sections.shares("report.returnees.byKind", ordered(counts.byKind(), ReturnTrends.KINDS),
                kind -> words.label("kind.", kind, locale), total, true, locale));
        all.add(sections.shares("reports.byContinent", Sections.byCount(counts.byContinent()),
                continent -> words.label("continent.", continent, locale), total, true, locale));
        all.add(countries(report, locale));
        all.add(sections.shares("reports.bySex", withUnknown(counts.bySex(), counts.unknown().get("sex")),
                sex -> words.label("sex.", sex, locale), total, true, locale));
        all.add(sections.shares("report.returnees.byAgeBand", report.byAgeBand(),
                band -> words.label("report.ageBand.", band, locale), total, true, locale));
        Map<String, Long> repeat = new LinkedHashMap<>();
        repeat.put("first", report.firstReturns());
        repeat.put("repeat", report.repeatReturns());
        all.add(sections.shares("report.returnees.repeat", repeat, key -> words.get("report.returnees." + key + "Return", locale), total, true, locale));
        Map<String, Long> vulnerable = new LinkedHashMap<>();
        vulnerable.put(words.get("report.returnees.minors", locale), report.minors());
        vulnerable.put(words.get("report.returnees.withVulnerability", locale), report.withVulnerability());
        Sections.byCount(report.byVulnerability()).forEach((code, n) -> vulnerable.put(words.label("vulnerability.", code, locale), n));
        all.add(sections.shares("report.returnees.vulnerable", vulnerable, Function.identity(), total, false, locale));
        all.add(sections.shares("reports.byRegion", withUnknown(Sections.byCount(counts.byOriginRegion()), counts.unknown().get("originRegion")),
                region -> region, total, true, locale));
        return new ReportDocument(words.get("report.returnees.title", locale), Sections.subtitle(words.period(report.period(), locale),
                report.arrivalPoint(), report.project(), words, locale), headline(report, locale), all);
    }

    /** "6 621 personnes rentrées au 1er semestre 2024, d’Afrique, d’Europe et d’Asie." */
    String headline(ReturneesReport report, Locale locale) {
        String period = words.period(report.period(), locale);
        if (report.counts().total() == 0) {
            return words.get("report.headline.none", locale, period);
        }
        List<String> continents = Sections.byCount(report.counts().byContinent()).keySet().stream()
                .filter(continent -> !continent.equals("UNKNOWN"))
                .map(continent -> words.get("report.headline.from." + continent, locale)).toList();
        return words.get("report.headline", locale, Words.number(report.counts().total(), locale), period,
                words.list(continents, locale));
    }

    private ReportDocument.Section countries(ReturneesReport report, Locale locale) {
        List<String> header = new ArrayList<>(List.of(words.get("field.countryFrom", locale), words.get("report.continent", locale)));
        ReturnTrends.KINDS.forEach(kind -> header.add(words.label("kind.", kind, locale)));
        header.add(words.get("report.total", locale));
        List<List<Object>> rows = new ArrayList<>();
        Sections.byCount(report.counts().byCountry()).forEach((country, n) -> {
            List<Object> row = new ArrayList<>(List.of(words.country(country, locale), words.label("continent.",
                    reference.country(country).map(c -> c.continent().name()).orElse("UNKNOWN"), locale)));
            Map<String, Long> kinds = report.byCountryAndKind().getOrDefault(country, Map.of());
            ReturnTrends.KINDS.forEach(kind -> row.add(kinds.getOrDefault(kind, 0L)));
            row.add(n);
            rows.add(row);
        });
        return new ReportDocument.Section(words.get("reports.byCountry", locale), null, 0,
                new ReportDocument.Table(header, rows));
    }

    private static Map<String, Long> ordered(Map<String, Long> counts, List<String> order) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        order.forEach(key -> sorted.put(key, counts.getOrDefault(key, 0L)));
        return sorted;
    }

    private static Map<String, Long> withUnknown(Map<String, Long> counts, Long unknown) {
        Map<String, Long> all = new LinkedHashMap<>(counts);
        if (unknown != null && unknown > 0) {
            all.put(null, unknown);
        }
        return all;
    }
}
