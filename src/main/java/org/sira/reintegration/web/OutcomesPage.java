package org.sira.reintegration.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.reintegration.OutcomeComparison;
import org.sira.reintegration.OutcomeGroup;
import org.sira.reintegration.ReintegrationOutcomes;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The director's view: mean composite at about 12 months after return, by training completed and by kind of return. */
@Controller
@PreAuthorize("hasAuthority('STATISTICS_READ')")
class OutcomesPage {

    private final ReintegrationOutcomes outcomes;
    private final ProblemFactory problems;

    OutcomesPage(ReintegrationOutcomes outcomes, ProblemFactory problems) {
        this.outcomes = outcomes;
        this.problems = problems;
    }

    @GetMapping("/reintegration/outcomes")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        model.addAttribute("from", from == null ? outcomes.defaultFrom().toString() : from);
        model.addAttribute("to", to == null ? outcomes.defaultTo().toString() : to);
        try {
            OutcomeComparison comparison = outcomes.compare(day(from, "from", outcomes.defaultFrom()), day(to, "to", outcomes.defaultTo()));
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("comparison", comparison);
            model.addAttribute("trainingChart", chart(comparison.byTraining(), "reintegration.outcomes.group.", locale));
            model.addAttribute("kindChart", chart(comparison.byReturnKind(), "kind.", locale));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", problems.fieldMessages(invalid.errors()));
        }
        return "reintegration/outcomes";
    }

    static LocalDate day(String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "error.expected-date");
        }
    }

    /** The chart of the groups shown with a mean; none when no group has one. */
    private String chart(List<OutcomeGroup> groups, String labels, Locale locale) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (OutcomeGroup g : groups) {
            if (g.meanComposite() != null) {
                means.put(problems.message(labels + g.code()) + " (n=" + g.n() + ")", g.meanComposite());
            }
        }
        return means.isEmpty() ? null : OutcomeChart.svgDataUri(means, problems.message("reintegration.outcomes.axis"), locale);
    }
}
