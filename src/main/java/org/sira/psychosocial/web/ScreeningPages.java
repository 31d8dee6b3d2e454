package org.sira.psychosocial.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.psychosocial.Instrument;
import org.sira.psychosocial.Instruments;
import org.sira.psychosocial.ScreeningInput;
import org.sira.psychosocial.Screenings;
import org.sira.shared.InvalidInputException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The counsellor's page of a person's screenings: each one over time with its total and band, a
 * risk shown first, and a questionnaire to fill in with its questions and answers as written.
 */
@Controller
@PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
class ScreeningPages {

    private final Screenings screenings;
    private final Instruments instruments;
    private final PersonRegistry persons;
    private final ProblemFactory problems;
    private final Clock clock;

    ScreeningPages(Screenings screenings, Instruments instruments, PersonRegistry persons, ProblemFactory problems, Clock clock) {
        this.screenings = screenings;
        this.instruments = instruments;
        this.persons = persons;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/persons/{id}/psychosocial-screenings")
    String page(@PathVariable UUID id, @RequestParam(required = false) String instrument, Model model) {
        return page(id, instrument, Map.of("screenedOn", LocalDate.now(clock).toString()), Map.of(), model);
    }

    /** The form names its answers {@code answer-0} to {@code answer-n}; one left out or not a number is an error on it. */
    @PostMapping("/persons/{id}/psychosocial-screenings")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Instrument instrument = instruments.find(form.get("instrument")).orElse(null);
        List<Integer> answers = new ArrayList<>();
        int items = instrument == null ? 0 : instrument.items().size();
        for (int i = 0; i < items; i++) {
            answers.add(number(form.get("answer-" + i)));
        }
        try {
            screenings.record(id, new ScreeningInput(form.get("instrument"), form.get("screenedOn"), answers), form.get("requestToken"));
            return "redirect:/persons/" + id + "/psychosocial-screenings?saved";
        } catch (InvalidInputException e) {
            return page(id, form.get("instrument"), form, problems.fieldMessages(e.errors()), model);
        }
    }

    private String page(UUID id, String chosen, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("personView", persons.findView(id));
        model.addAttribute("screenings", screenings.of(id, new Paging(0, PageOf.MAX_SIZE)));
        model.addAttribute("instruments", instruments.all());
        Instrument instrument = instruments.find(chosen).orElse(instruments.all().get(0));
        model.addAttribute("instrument", instrument);
        model.addAttribute("byCode", instruments.all().stream().collect(java.util.stream.Collectors.toMap(Instrument::code, i -> i)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("requestToken", form.getOrDefault("requestToken", UUID.randomUUID().toString()));
        return "psychosocial/screenings";
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
