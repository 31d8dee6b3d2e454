package org.sira.casework.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import org.sira.casework.FollowUpOutcome;
import org.sira.casework.FollowUpView;
import org.sira.casework.DueCalls;
import org.sira.casework.FollowUps;
import org.sira.casework.OutcomeInput;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caseworker's week: follow-up calls due by Sunday, overdue ones first, and their outcomes. */
@Controller
@PreAuthorize("hasAuthority('CASEWORK')")
class FollowUpPages {

    private final FollowUps followUps;
    private final ProblemFactory problems;
    private final Clock clock;

    FollowUpPages(FollowUps followUps, ProblemFactory problems, Clock clock) {
        this.followUps = followUps;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    String week(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page, Model model) {
        return week(mine, page, Map.of(), model);
    }

    /** Records an outcome from the week's list or from the person's page, and goes back there. */
    @PostMapping("/follow-ups/{id}/outcome")
    String outcome(@PathVariable UUID id, @ModelAttribute OutcomeInput input, @RequestParam(defaultValue = "") String back,
                   Model model) {
        FollowUpView followUp = followUps.find(id);
        String page = "person".equals(back) ? "/persons/" + followUp.personId() + "/casework" : "/follow-ups";
        try {
            followUps.recordOutcome(id, input);
            return "redirect:" + page + "?saved";
        } catch (InvalidInputException e) {
            return week(false, 0, problems.fieldMessages(e.errors()), model);
        }
    }

    private String week(boolean mine, int page, Map<String, String> errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        model.addAttribute("today", today);
        model.addAttribute("until", sunday);
        DueCalls calls = followUps.calls(sunday, mine, page);
        model.addAttribute("calls", calls.page().items());
        model.addAttribute("callsPage", calls.page());
        model.addAttribute("callsMore", calls.more());
        model.addAttribute("mine", mine);
        model.addAttribute("outcomes", FollowUpOutcome.values());
        model.addAttribute("errors", errors);
        return "casework/week";
    }
}
