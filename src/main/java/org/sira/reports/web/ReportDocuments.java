package org.sira.reports.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.sira.reports.AssistanceReports;
import org.sira.reports.CaseworkReports;
import org.sira.reports.DonorReports;
import org.sira.reports.ReturnTrends;
import org.sira.reports.ReturneesReports;
import org.sira.reports.RightsAtArrival;
import org.sira.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Each standard report by its name, counted and laid out for the reader: what the page, the PDF and the XLSX draw. */
@Component
class ReportDocuments {

    /** The names in the reports' addresses. */
    static final String NAMES = "returnees|trends|rights|assistance|casework|donor";

    private final ReturneesReports returnees;
    private final ReturnTrends trends;
    private final RightsAtArrival rights;
    private final AssistanceReports assistance;
    private final CaseworkReports casework;
    private final DonorReports donor;
    private final ReturneesLayout returneesLayout;
    private final TrendsLayout trendsLayout;
    private final RightsLayout rightsLayout;
    private final AssistanceLayout assistanceLayout;
    private final CaseworkLayout caseworkLayout;
    private final DonorLayout donorLayout;

    ReportDocuments(ReturneesReports returnees, ReturnTrends trends, RightsAtArrival rights, AssistanceReports assistance,
                    CaseworkReports casework, DonorReports donor, ReturneesLayout returneesLayout, TrendsLayout trendsLayout,
                    RightsLayout rightsLayout, AssistanceLayout assistanceLayout, CaseworkLayout caseworkLayout, DonorLayout donorLayout) {
        this.returnees = returnees;
        this.trends = trends;
        this.rights = rights;
        this.assistance = assistance;
        this.casework = casework;
        this.donor = donor;
        this.returneesLayout = returneesLayout;
        this.trendsLayout = trendsLayout;
        this.rightsLayout = rightsLayout;
        this.assistanceLayout = assistanceLayout;
        this.caseworkLayout = caseworkLayout;
        this.donorLayout = donorLayout;
    }

    ReportDocument document(String report, ReportPages.ReportForm form, LocalDate today, Locale locale) {
        return switch (report) {
            case "returnees" -> returneesLayout.document(returnees.report(form.reportPeriod(today), form.arrivalPoint(), form.projectFilter()),
                    locale);
            case "rights" -> rightsLayout.document(rights.report(form.reportPeriod(today), form.arrivalPoint(), form.projectFilter()), locale);
            case "assistance" -> assistanceLayout.document(assistance.report(form.reportPeriod(today), form.arrivalPoint(),
                    form.projectFilter()), locale);
            case "casework" -> caseworkLayout.document(casework.report(form.reportPeriod(today), form.arrivalPoint(), form.projectFilter()),
                    locale);
            case "donor" -> donorLayout.document(donor.report(project(form.project()), form.periodIfAsked(today)), locale);
            default -> trendsLayout.document(trends.report(form.firstYear(today), form.lastYear(today), form.arrivalPoint(),
                    form.projectFilter()), locale);
        };
    }

    /** The project a donor report is asked for: required, and a project's id. */
    static UUID project(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("project", "error.required");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("project", "report.project.invalid");
        }
    }
}
