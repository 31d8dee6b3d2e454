package org.sira.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sira.reports.AssistanceReport;
import org.sira.reports.AssistanceReports;
import org.sira.reports.CaseworkReport;
import org.sira.reports.CaseworkReports;
import org.sira.reports.DonorReport;
import org.sira.reports.DonorReports;
import org.sira.reports.ReportPeriod;
import org.sira.reports.ReturnTrends;
import org.sira.reports.ReturneesReport;
import org.sira.reports.ReturneesReports;
import org.sira.reports.RightsAtArrival;
import org.sira.reports.RightsReport;
import org.sira.reports.TrendsReport;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The standard reports' figures in JSON for partner systems (read-only; docs/api.md). */
@RestController
class ReportApi {

    private final ReturneesReports returnees;
    private final ReturnTrends trends;
    private final RightsAtArrival rights;
    private final AssistanceReports assistance;
    private final CaseworkReports casework;
    private final DonorReports donor;
    private final Clock clock;

    ReportApi(ReturneesReports returnees, ReturnTrends trends, RightsAtArrival rights, AssistanceReports assistance,
              CaseworkReports casework, DonorReports donor, Clock clock) {
        this.returnees = returnees;
        this.trends = trends;
        this.rights = rights;
        this.assistance = assistance;
        this.casework = casework;
        this.donor = donor;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/assistance")
    AssistanceReport assistance(@ModelAttribute ReportPages.ReportForm form) {
        return assistance.report(period(form), form.arrivalPoint(), form.projectFilter());
    }

    @GetMapping("/api/v1/reports/casework")
    CaseworkReport casework(@ModelAttribute ReportPages.ReportForm form) {
        return casework.report(period(form), form.arrivalPoint(), form.projectFilter());
    }

    /** A project's donor report, over the project's whole life unless a period is asked. */
    @GetMapping("/api/v1/reports/donor")
    DonorReport donor(@ModelAttribute ReportPages.ReportForm form) {
        return donor.report(ReportDocuments.project(form.project()), form.periodIfAsked(LocalDate.now(clock)));
    }

    @GetMapping("/api/v1/reports/returnees")
    ReturneesReport returnees(@ModelAttribute ReportPages.ReportForm form) {
        return returnees.report(period(form), form.arrivalPoint(), form.projectFilter());
    }

    @GetMapping("/api/v1/reports/rights")
    RightsReport rights(@ModelAttribute ReportPages.ReportForm form) {
        return rights.report(period(form), form.arrivalPoint(), form.projectFilter());
    }

    /** Without years, the last ten (this one included). */
    @GetMapping("/api/v1/reports/trends")
    TrendsReport trends(@ModelAttribute ReportPages.ReportForm form) {
        LocalDate today = LocalDate.now(clock);
        return trends.report(form.firstYear(today), form.lastYear(today), form.arrivalPoint(), form.projectFilter());
    }

    /** A partner system says which period it means: a named one, or both days. */
    private ReportPeriod period(ReportPages.ReportForm form) {
        if (!form.periodAsked()) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("from", "error.required"));
            errors.add(new FieldError("to", "error.required"));
            throw new InvalidInputException(errors);
        }
        return form.reportPeriod(LocalDate.now(clock));
    }
}
