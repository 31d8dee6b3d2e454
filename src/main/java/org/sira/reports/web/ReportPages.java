package org.sira.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sira.programmes.Programmes;
import org.sira.reports.ReportPeriod;
import org.sira.reports.ReturnStatistics;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The standard reports as pages, PDFs and workbooks, for any period and optionally one arrival
 * point. Each format is drawn from the same {@link ReportDocument}.
 */
@Controller
class ReportPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportDocuments documents;
    private final ReturnStatistics statistics;
    private final Programmes programmes;
    private final Words words;
    private final ProblemFactory problems;
    private final Clock clock;

    ReportPages(ReportDocuments documents, ReturnStatistics statistics, Programmes programmes, Words words, ProblemFactory problems,
                Clock clock) {
        this.documents = documents;
        this.statistics = statistics;
        this.programmes = programmes;
        this.words = words;
        this.problems = problems;
        this.clock = clock;
    }

    /** What a reader may ask of a report; every field optional (the current semester, or the last ten years). */
    record ReportForm(String period, String from, String to, String arrivalPoint, String fromYear, String toYear, String project) {

        ReportPeriod reportPeriod(LocalDate today) {
            return ReportPeriod.parse(period, from, to, today);
        }

        /** Whether a named period or either day was asked. */
        boolean periodAsked() {
            return !blank(period) || !blank(from) || !blank(to);
        }

        /** The period asked, or null when none was (the donor report then covers the project's whole life). */
        ReportPeriod periodIfAsked(LocalDate today) {
            return periodAsked() ? reportPeriod(today) : null;
        }

        /** The project a report is narrowed to, or null for all. */
        java.util.UUID projectFilter() {
            return blank(project) ? null : ReportDocuments.project(project);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        int firstYear(LocalDate today) {
            return year("fromYear", fromYear, today.getYear() - 9);
        }

        int lastYear(LocalDate today) {
            return year("toYear", toYear, today.getYear());
        }

        private static int year(String field, String text, int otherwise) {
            if (text == null || text.isBlank()) {
                return otherwise;
            }
            if (!text.strip().matches("\\d{4}")) {
                throw InvalidInputException.of(field, "report.year.invalid");
            }
            return Integer.parseInt(text.strip());
        }
    }

    /** The report a reader asked for, in the reader's language. */
    private ReportDocument document(String report, ReportForm form) {
        return documents.document(report, form, today(), locale());
    }

    @GetMapping("/reports/{report:" + ReportDocuments.NAMES + "}")
    String page(@PathVariable String report, @ModelAttribute("form") ReportForm form, Model model, HttpServletResponse response) {
        model.addAttribute("report", report);
        model.addAttribute("projects", programmes.reportableProjects());
        model.addAttribute("periods", words.periods(today().getYear(),
                Math.min(today().getYear() - 12, statistics.earliestYear().orElse(today().getYear())), locale()));
        if (report.equals("donor") && (form.project() == null || form.project().isBlank())) {
            return "reports/report";
        }
        try {
            ReportDocument shown = document(report, form);
            model.addAttribute("document", shown);
            model.addAttribute("rows", shown.sections().stream()
                    .map(s -> s.table() == null ? List.<List<String>>of() : s.table().display(locale())).toList());
            model.addAttribute("charts", shown.sections().stream()
                    .map(s -> s.chart() == null ? "" : ReportCharts.svgDataUri(s.chart(), s.chartHeight())).toList());
            String query = query(form);
            model.addAttribute("pdf", "/reports/" + report + ".pdf" + query);
            model.addAttribute("xlsx", "/reports/" + report + ".xlsx" + query);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", e.errors().stream().map(error -> problems.describe(error).get("message")).toList());
        }
        return "reports/report";
    }

    @GetMapping("/reports/{report:" + ReportDocuments.NAMES + "}.{format:pdf|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String report, @PathVariable String format, @ModelAttribute ReportForm form)
            throws IOException {
        ReportDocument document = document(report, form);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("pdf")) {
            PdfReport.write(document, locale(), out);
        } else {
            XlsxReport.write(document, out);
        }
        String period = switch (report) {
            case "trends" -> form.firstYear(today()) + "_" + form.lastYear(today());
            case "donor" -> ReportDocuments.project(form.project()) + (form.periodAsked() ? "-" + name(form.reportPeriod(today())) : "");
            default -> name(form.reportPeriod(today()));
        };
        return ResponseEntity.ok().contentType(format.equals("pdf") ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sira-" + report + "-" + period + "." + format).build().toString())
                .body(out.toByteArray());
    }

    /** "2024-S1", "2024", or "2024-03-01_2024-04-30" for chosen dates. */
    private static String name(ReportPeriod period) {
        return period.name() != null ? period.name() : period.from() + "_" + period.to();
    }

    /** The page's own parameters, for its download links. */
    private static String query(ReportForm form) {
        org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder.newInstance();
        add(uri, "period", form.period());
        add(uri, "from", form.from());
        add(uri, "to", form.to());
        add(uri, "arrivalPoint", form.arrivalPoint());
        add(uri, "fromYear", form.fromYear());
        add(uri, "toYear", form.toYear());
        add(uri, "project", form.project());
        return uri.encode().build().toUriString();
    }

    private static void add(org.springframework.web.util.UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
