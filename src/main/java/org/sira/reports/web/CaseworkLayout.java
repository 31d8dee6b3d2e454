package org.sira.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.reports.CaseworkReport;
import org.springframework.stereotype.Component;

/** The casework and reintegration report: referrals, follow-ups, reintegration scores, mediations and trainings. */
@Component
class CaseworkLayout {

    private static final List<String> DIMENSIONS = List.of("economic", "social", "psychosocial", "composite");

    private final Words words;
    private final Sections sections;

    CaseworkLayout(Words words, Sections sections) {
        this.words = words;
        this.sections = sections;
    }

    ReportDocument document(CaseworkReport report, Locale locale) {
        List<ReportDocument.Section> all = new ArrayList<>();
        long referrals = report.referralsByStatus().values().stream().mapToLong(Long::longValue).sum();
        all.add(sections.shares("report.casework.referrals", report.referralsByStatus(),
                status -> words.label("referral.status.", status, locale), referrals, true, locale));
        all.add(byPartner(report, locale));
        CaseworkReport.FollowUps due = report.followUps();
        Map<String, Long> followUps = new LinkedHashMap<>();
        followUps.put("done", due.done());
        followUps.put("overdue", due.overdue());
        followUps.put("upcoming", due.upcoming());
        followUps.put("cancelled", due.cancelled());
        all.add(sections.shares("report.casework.followUps", followUps, key -> words.get("report.casework.followUps." + key, locale),
                due.due(), true, locale));
        all.add(sections.shares("report.casework.outcomes", report.followUpOutcomes(),
                outcome -> words.label("follow-up.outcome.", outcome, locale),
                report.followUpOutcomes().values().stream().mapToLong(Long::longValue).sum(), false, locale));
        all.add(scores("report.casework.scoresByMonth", report.scoresByMonth(), key -> key, locale));
        all.add(scores("report.casework.scoresByReturnKind", report.scoresByReturnKind(),
                kind -> kind.equals("unknown") ? words.get("report.unknown", locale) : words.label("kind.", kind, locale), locale));
        all.add(counted("report.casework.mediation", report.mediationOutcomes(), "mediation.outcome.", locale));
        all.add(counted("report.casework.trainings", report.trainings(), "economic.sector.", locale));
        String period = words.period(report.period(), locale);
        String headline = words.get("report.casework.headline", locale, Words.number(referrals, locale), period,
                Words.number(report.referralsOpen(), locale), Words.number(due.due(), locale), Words.number(due.done(), locale),
                Words.number(due.overdue(), locale), Words.number(report.reMigrationReported(), locale));
        return new ReportDocument(words.get("report.casework.title", locale), Sections.subtitle(period, report.arrivalPoint(), report.project(), words, locale),
                headline, all);
    }

    private ReportDocument.Section byPartner(CaseworkReport report, Locale locale) {
        List<String> header = new ArrayList<>(List.of(words.get("report.casework.partner", locale)));
        report.referralsByStatus().keySet().forEach(status -> header.add(words.label("referral.status.", status, locale)));
        header.add(words.get("report.total", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (CaseworkReport.Partner partner : report.referralsByPartner()) {
            List<Object> row = new ArrayList<>(List.of(partner.partner()));
            row.addAll(partner.byStatus().values());
            row.add(partner.total());
            rows.add(row);
        }
        return new ReportDocument.Section(words.get("report.casework.byPartner", locale), null, 0, new ReportDocument.Table(header, rows));
    }

    /** Average scores by dimension as grouped bars (0–100) and a table with the number of assessments. */
    private ReportDocument.Section scores(String titleKey, List<CaseworkReport.Scores> scores, java.util.function.Function<String, String> label,
                                          Locale locale) {
        List<String> header = new ArrayList<>(List.of(words.get(titleKey + ".label", locale), words.get("report.casework.assessments", locale)));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> {
            header.add(words.get("report.casework.dimension." + d, locale));
            series.put(words.get("report.casework.dimension." + d, locale), new ArrayList<>());
        });
        List<String> categories = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (CaseworkReport.Scores s : scores) {
            String name = label.apply(s.key());
            categories.add(name);
            List<Double> values = java.util.Arrays.asList(s.economic(), s.social(), s.psychosocial(), s.composite());
            List<List<Double>> columns = new ArrayList<>(series.values());
            List<Object> row = new ArrayList<>(List.of(name, s.assessments()));
            for (int i = 0; i < values.size(); i++) {
                columns.get(i).add(values.get(i));
                row.add(values.get(i));
            }
            rows.add(row);
        }
        return new ReportDocument.Section(words.get(titleKey, locale), categories.isEmpty() ? null
                : ReportCharts.grouped(categories, series, words.get("report.casework.score", locale), locale), 320,
                new ReportDocument.Table(header, rows));
    }

    /** A count by code, each code named by its message under {@code prefix}. */
    private ReportDocument.Section counted(String titleKey, Map<String, Long> counts, String prefix, Locale locale) {
        return sections.shares(titleKey, counts, code -> words.label(prefix, code, locale),
                counts.values().stream().mapToLong(Long::longValue).sum(), true, locale);
    }
}
