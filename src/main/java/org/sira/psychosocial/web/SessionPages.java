package org.sira.psychosocial.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.people.PersonRegistry;
import org.sira.psychosocial.CounsellingSessions;
import org.sira.psychosocial.PsychosocialNotes;
import org.sira.psychosocial.SessionInput;
import org.sira.psychosocial.SessionKind;
import org.sira.shared.InvalidInputException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The counsellor's page of a person's sessions, oldest first, and a form for today's with the next one planned. */
@Controller
@PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
class SessionPages {

    private final CounsellingSessions sessions;
    private final PsychosocialNotes notes;
    private final PersonRegistry persons;
    private final ProblemFactory problems;
    private final Clock clock;

    SessionPages(CounsellingSessions sessions, PsychosocialNotes notes, PersonRegistry persons, ProblemFactory problems, Clock clock) {
        this.sessions = sessions;
        this.notes = notes;
        this.persons = persons;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/persons/{id}/psychosocial-sessions")
    String page(@PathVariable UUID id, Model model) {
        SessionInput blank = new SessionInput(SessionKind.INDIVIDUAL.name(), LocalDate.now(clock).toString(), null, null, null);
        return page(id, blank, null, Map.of(), model);
    }

    @PostMapping("/persons/{id}/psychosocial-sessions")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("sessionForm") SessionInput input, BindingResult binding,
                  @RequestParam(required = false) String requestToken, Model model) {
        if (binding.hasErrors()) {
            return page(id, input, requestToken, problems.fieldMessages(binding), model);
        }
        if (!notes.keyIsRight()) {
            return page(id, input, requestToken, Map.of(), model);
        }
        try {
            sessions.record(id, input, requestToken);
            return "redirect:/persons/" + id + "/psychosocial-sessions?saved";
        } catch (InvalidInputException e) {
            return page(id, input, requestToken, problems.fieldMessages(e.errors()), model);
        }
    }

    private String page(UUID id, SessionInput input, String requestToken, Map<String, String> errors, Model model) {
        model.addAttribute("personView", persons.findView(id));
        boolean keyIsRight = notes.keyIsRight();
        model.addAttribute("keyIsRight", keyIsRight);
        model.addAttribute("sessions", keyIsRight ? sessions.of(id, new Paging(0, PageOf.MAX_SIZE)) : PageOf.empty());
        model.addAttribute("sessionForm", input);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("requestToken", requestToken == null ? UUID.randomUUID().toString() : requestToken);
        return "psychosocial/sessions";
    }
}
