package org.sira.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.reports.RightsReport;
import org.springframework.stereotype.Component;

/** The rights-at-arrival report: what the checks found, how long detentions lasted, by country of return. */
@Component
class RightsLayout {

    private final Words words;
    private final Sections shares;

    RightsLayout(Words words, Sections shares) {
        this.words = words;
        this.shares = shares;
    }

    ReportDocument document(RightsReport report, Locale locale) {
        List<ReportDocument.Section> sections = new ArrayList<>();
        Map<String, Long> checks = new LinkedHashMap<>();
        checks.put(words.get("report.rights.checked", locale), report.checked());
        checks.put(words.get("report.rights.notChecked", locale), report.notChecked());
        sections.add(shares.shares("report.rights.checks", checks, key -> key, report.returns(), false, locale));
        Map<String, Long> found = new LinkedHashMap<>();
        found.put(words.get("rights.detained", locale), report.all().detained());
        found.put(words.get("rights.violence", locale), report.all().mistreated());
        found.put(words.get("rights.belongingsWithheld", locale), report.all().belongingsWithheld());
        found.put(words.get("rights.wagesUnpaid", locale), report.all().wagesUnpaid());
        sections.add(shares.shares("report.rights.found", found, key -> key, report.checked(), true, locale));
        Map<String, Long> lengths = new LinkedHashMap<>();
        report.detentionLength().forEach((band, n) -> lengths.put(words.get("report.rights.days." + band, locale), n));
        sections.add(shares.shares("report.rights.detention", lengths, key -> key, report.all().detained(), true, locale));
        sections.add(byCountry(report, locale));
        String period = words.period(report.period(), locale);
        return new ReportDocument(words.get("report.rights.title", locale),
                Sections.subtitle(period, report.arrivalPoint(), report.project(), words, locale), headline(report, period, locale), sections);
    }

    private String headline(RightsReport report, String period, Locale locale) {
        if (report.checked() == 0) {
            return words.get("report.rights.headline.none", locale, Words.number(report.returns(), locale), period);
        }
        String sentence = words.get("report.rights.headline", locale, Words.number(report.checked(), locale),
                Words.number(report.returns(), locale), period, Words.number(report.all().detained(), locale),
                Words.number(report.all().mistreated(), locale), Words.number(report.all().belongingsWithheld(), locale),
                Words.number(report.all().wagesUnpaid(), locale));
        return report.detentionDaysAverage() == null ? sentence : sentence + " " + words.get("report.rights.average", locale,
                ReportDocument.Table.text(report.detentionDaysAverage(), locale));
    }

    private ReportDocument.Section byCountry(RightsReport report, Locale locale) {
        List<String> header = List.of(words.get("field.countryFrom", locale), words.get("reports.count", locale),
                words.get("report.rights.checked", locale), words.get("rights.detained", locale), words.get("rights.violence", locale),
                words.get("rights.belongingsWithheld", locale), words.get("rights.wagesUnpaid", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (RightsReport.Country country : report.byCountry()) {
            RightsReport.Figures f = country.figures();
            rows.add(List.of(words.country(country.country(), locale), country.returns(), country.checked(), f.detained(),
                    f.mistreated(), f.belongingsWithheld(), f.wagesUnpaid()));
        }
        return new ReportDocument.Section(words.get("reports.byCountry", locale), null, 0, new ReportDocument.Table(header, rows));
    }
}
