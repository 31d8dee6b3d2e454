package org.sira.reports.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sira.reports.OpenDataDimension;
import org.sira.reports.OpenDataExport;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's page for the open-data export: the parameters of api-v1 as a form, the file as a download. */
@Controller
class OpenDataPages {

    /** The form as sent (dates as typed, so a wrong one comes back as written). */
    record OpenDataForm(String from, String to, String period, List<String> by, String format) {
    }

    private final OpenDataExport export;
    private final MessageSource messages;
    private final ProblemFactory problems;
    private final java.time.Clock clock;

    OpenDataPages(OpenDataExport export, MessageSource messages, ProblemFactory problems, java.time.Clock clock) {
        this.export = export;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/reports/open-data")
    String page(Model model) {
        Year last = Year.now(clock).minusYears(1);
        return page(model, new OpenDataForm(last.atDay(1).toString(), last.atMonth(12).atEndOfMonth().toString(), "year",
                Arrays.stream(OpenDataDimension.values()).map(OpenDataDimension::column).toList(), "csv"), Map.of());
    }

    @GetMapping("/reports/open-data/file")
    Object file(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String period, @RequestParam(required = false) List<String> by,
                @RequestParam(required = false) String format, Model model) throws IOException {
        OpenDataForm form = new OpenDataForm(from, to, period, by == null ? List.of() : by, format);
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (form.by().isEmpty()) {
            errors.add(new FieldError("by", "error.required"));
        }
        try {
            if (errors.isEmpty()) {
                return OpenDataApi.download(export, OpenDataApi.Request.parse(start, end, period, String.join(",", form.by()), format));
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        return page(model, form, problems.fieldMessages(errors));
    }

    @GetMapping("/reports/open-data/dictionary")
    ResponseEntity<byte[]> dictionary() throws IOException {
        return OpenDataApi.dictionary(export, messages);
    }

    private String page(Model model, OpenDataForm form, Map<String, String> errors) {
        model.addAttribute("threshold", export.threshold());
        model.addAttribute("query", form);
        model.addAttribute("dimensions", Arrays.stream(OpenDataDimension.values()).map(OpenDataDimension::column).toList());
        model.addAttribute("errors", errors);
        return "reports/open-data";
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "error.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "error.expected-date"));
            return null;
        }
    }
}
