package org.sira.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.sira.reports.AssistanceReport;
import org.sira.reports.AssistanceReports;
import org.sira.reports.CaseworkReport;
import org.sira.reports.CaseworkReports;
import org.sira.reports.ReportPeriod;
import org.sira.reports.ReturnTrends;
import org.sira.reports.ReturneesReport;
import org.sira.reports.ReturneesReports;
import org.sira.reports.RightsAtArrival;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's and viewer's home: this month and this semester, counted by the reports
 * themselves, so each figure is the one the report it links to shows.
 */
@Controller
class DashboardPage {

    private final ReturneesReports returnees;
    private final RightsAtArrival rights;
    private final AssistanceReports assistance;
    private final CaseworkReports casework;
    private final Words words;
    private final Clock clock;

    DashboardPage(ReturneesReports returnees, RightsAtArrival rights, AssistanceReports assistance, CaseworkReports casework,
                  Words words, Clock clock) {
        this.returnees = returnees;
        this.rights = rights;
        this.assistance = assistance;
        this.casework = casework;
        this.words = words;
        this.clock = clock;
    }

    record Kind(String label, String count) {
    }

    /** One period's figures, as the page prints them. */
    record Column(String title, String period, LocalDate from, LocalDate to, String total, List<Kind> byKind,
                  String minors, String notChecked, String journeysHome, String followUpsDue, String followUpsDone,
                  String referralsOpen, String reMigrations) {
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        LocalDate today = LocalDate.now(clock);
        Locale locale = LocaleContextHolder.getLocale();
        ReportPeriod month = new ReportPeriod(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()),
                ReportPeriod.Kind.CUSTOM);
        model.addAttribute("columns", List.of(column("dashboard.month", month, locale),
                column("dashboard.semester", ReportPeriod.semesterOf(today), locale)));
        model.addAttribute("inCentreTonight", Words.number(assistance.report(month).inCentreTonight(), locale));
        return "reports/dashboard";
    }

    private Column column(String titleKey, ReportPeriod period, Locale locale) {
        ReturneesReport report = returnees.report(period, null, null);
        List<Kind> byKind = ReturnTrends.KINDS.stream().map(kind -> new Kind(words.label("kind.", kind, locale),
                Words.number(report.counts().byKind().getOrDefault(kind, 0L), locale))).toList();
        AssistanceReport given = assistance.report(period);
        CaseworkReport followed = casework.report(period);
        return new Column(words.get(titleKey, locale), Sections.subtitle(words.period(period, locale), null, null, words, locale),
                period.from(), period.to(), Words.number(report.counts().total(), locale), byKind,
                Words.number(report.minors(), locale), Words.number(rights.report(period, null, null).notChecked(), locale),
                Words.number(given.journeysHome(), locale), Words.number(followed.followUps().due(), locale),
                Words.number(followed.followUps().done(), locale), Words.number(followed.referralsOpen(), locale),
                Words.number(followed.reMigrationReported(), locale));
    }
}
