package org.sira.reintegration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.reintegration.Assessment;
import org.sira.reintegration.AssessmentInput;
import org.sira.reintegration.ReintegrationAssessments;
import org.sira.reintegration.ReintegrationMethod;
import org.sira.reintegration.ReintegrationMethods;
import org.sira.security.CurrentUser;
import org.sira.security.Permission;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's reintegration scores over time (a table and a line of the composite), and the questionnaire. */
@Controller
@PreAuthorize("hasAuthority('CASEWORK')")
class ReintegrationPages {

    /** Form fields of the questionnaire are named after the question, behind this prefix. */
    private static final String ANSWER = "answer-";
    static final int CHART_WIDTH = 600;
    static final int CHART_HEIGHT = 160;

    private final ReintegrationAssessments assessments;
    private final ReintegrationMethods methods;
    private final PersonRegistry persons;
    private final ProblemFactory problems;
    private final Clock clock;

    ReintegrationPages(ReintegrationAssessments assessments, ReintegrationMethods methods, PersonRegistry persons,
                       ProblemFactory problems, Clock clock) {
        this.assessments = assessments;
        this.methods = methods;
        this.persons = persons;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/persons/{id}/reintegration")
    String page(@PathVariable UUID id, Model model) {
        return page(id, LocalDate.now(clock).toString(), Map.of(), Map.of(), model);
    }

    /** The scores alone, for the person's page (which loads them after it is shown). */
    @GetMapping("/persons/{id}/reintegration/scores")
    String scores(@PathVariable UUID id, Model model) {
        List<Assessment> all = assessments.of(id);
        model.addAttribute("assessments", all);
        model.addAttribute("points", points(all));
        model.addAttribute("chartWidth", CHART_WIDTH);
        model.addAttribute("chartHeight", CHART_HEIGHT);
        model.addAttribute("method", methods.inForce());
        return "reintegration/person :: scores";
    }

    @PostMapping("/persons/{id}/reintegration-assessments")
    @PreAuthorize("hasAuthority('REINTEGRATION_ASSESS')")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(ANSWER) && value != null && !value.isBlank()) {
                answers.put(name.substring(ANSWER.length()), value);
            }
        });
        try {
            assessments.record(id, new AssessmentInput(form.get("date"), answers));
            return "redirect:/persons/" + id + "/reintegration?saved";
        } catch (InvalidInputException e) {
            return page(id, form.get("date"), answers, problems.fieldMessages(e.errors()), model);
        }
    }

    /** One point of the composite's line: where it is drawn, and what it says. */
    record Point(int x, int y, String label) {
    }

    private String page(UUID id, String date, Map<String, String> answers, Map<String, String> errors, Model model) {
        scores(id, model);
        model.addAttribute("personView", persons.findView(id));
        model.addAttribute("mayAssess", CurrentUser.may(Permission.REINTEGRATION_ASSESS));
        model.addAttribute("date", date);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        return "reintegration/person";
    }

    /** The composite of each assessment, oldest on the left, 0 at the bottom and 1 at the top. */
    static List<Point> points(List<Assessment> assessments) {
        List<Assessment> scored = assessments.stream().filter(a -> a.scores().containsKey(ReintegrationMethod.COMPOSITE)).toList();
        List<Point> points = new ArrayList<>();
        int margin = 20;
        for (int i = 0; i < scored.size(); i++) {
            double composite = scored.get(i).scores().get(ReintegrationMethod.COMPOSITE);
            int x = scored.size() == 1 ? CHART_WIDTH / 2 : margin + i * (CHART_WIDTH - 2 * margin) / (scored.size() - 1);
            int y = (int) Math.round(CHART_HEIGHT - margin - composite * (CHART_HEIGHT - 2 * margin));
            points.add(new Point(x, y, scored.get(i).date() + " · " + composite));
        }
        return points;
    }
}
