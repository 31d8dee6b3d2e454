package org.sira.arrivals.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.arrivals.ArrivalBoard;
import org.sira.arrivals.ArrivalGroup;
import org.sira.arrivals.ArrivalGroups;
import org.sira.arrivals.ArrivalInput;
import org.sira.arrivals.ReturnKind;
import org.sira.arrivals.Transport;
import org.sira.people.PersonInput;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonView;
import org.sira.reference.ReferenceData;
import org.sira.shared.InvalidInputException;
import org.sira.shared.Paging;
import org.sira.shared.web.ProblemFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of arrival groups: list, creation, and the group page where its returnees are registered. */
@Controller
class ArrivalPages {

    private final ArrivalGroups groups;
    private final PersonRegistry persons;
    private final ReferenceData reference;
    private final ProblemFactory problems;

    private final ArrivalBoard board;
    /** Returnees per page of the group page: a screen or two on a phone. */
    private static final int PAGE = 25;

    ArrivalPages(ArrivalGroups groups, PersonRegistry persons, ReferenceData reference, ProblemFactory problems,
                 ArrivalBoard board) {
        this.board = board;
        this.groups = groups;
        this.persons = persons;
        this.reference = reference;
        this.problems = problems;
    }

    @GetMapping("/arrivals")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("groups", groups.latest(new Paging(page, 25)));
        return "arrivals/list";
    }

    @GetMapping("/arrivals/new")
    String newForm(Model model) {
        return form(model, new ArrivalInput(LocalDate.now().toString(), null, null, null, null, null, null, null), Map.of());
    }

    @PostMapping("/arrivals")
    String create(@Valid @ModelAttribute("arrival") ArrivalInput input, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(model, input, problems.fieldMessages(binding));
        }
        try {
            return "redirect:/arrivals/" + groups.create(input).id();
        } catch (InvalidInputException e) {
            return form(model, input, problems.fieldMessages(e.errors()));
        }
    }

    @GetMapping("/arrivals/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String q,
                @RequestParam(required = false) String who, @RequestParam(defaultValue = "0") int page, Model model) {
        ArrivalBoard.Flag flag = null;
        if (who != null && !who.isBlank()) {
            try {
                flag = ArrivalBoard.Flag.valueOf(who.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.of("who", "error.unknown-value", who.length() > 40 ? who.substring(0, 40) : who);
            }
        }
        model.addAttribute("who", flag);
        model.addAttribute("page", Math.max(0, page));
        return group(model, id, q, PersonInput.empty(), Map.of());
    }

    @PostMapping("/arrivals/{id}/returns")
    String registerKnown(@PathVariable UUID id, @RequestParam UUID personId, Model model) {
        try {
            groups.registerReturn(id, personId);
            return "redirect:/arrivals/" + id + "?registered";
        } catch (InvalidInputException e) {
            return group(model, id, null, PersonInput.empty(), problems.fieldMessages(e.errors()));
        }
    }

    @PostMapping("/arrivals/{id}/persons")
    String registerNew(@PathVariable UUID id, @Valid @ModelAttribute("person") PersonInput person, BindingResult binding,
                       @RequestParam(required = false) String requestToken, Model model) {
        if (binding.hasErrors()) {
            return group(model, id, null, person, problems.fieldMessages(binding));
        }
        try {
            groups.registerNewPerson(id, person, requestToken);
            return "redirect:/arrivals/" + id + "?registered";
        } catch (InvalidInputException e) {
            return group(model, id, null, person, problems.fieldMessages(e.errors()));
        }
    }

    private String group(Model model, UUID id, String q, PersonInput person, Map<String, String> errors) {
        ArrivalGroup group = groups.find(id);
        // Who is behind each of the board's counters, a page at a time: never the whole convoy on a phone.
        ArrivalBoard.Flag who = (ArrivalBoard.Flag) model.getAttribute("who");
        List<ArrivalBoard.Returnee> chosen = board.returnees(id).stream().filter(r -> who == null || r.has(who)).toList();
        int page = model.getAttribute("page") instanceof Integer p ? p : 0;
        int from = Math.min(page * PAGE, chosen.size());
        Map<ArrivalBoard.Returnee, PersonView> rows = new LinkedHashMap<>();
        for (ArrivalBoard.Returnee r : chosen.subList(from, Math.min(from + PAGE, chosen.size()))) {
            try {
                rows.put(r, persons.findView(r.personId()));
            } catch (org.sira.shared.NotFoundException hidden) {
                // A protected person stays out of sight of roles that may not see them.
            }
        }
        model.addAttribute("returnees", new org.sira.shared.PageOf<>(List.copyOf(rows.entrySet()), chosen.size(), page, PAGE));
        model.addAttribute("flags", ArrivalBoard.Flag.values());
        model.addAttribute("group", group);
        model.addAttribute("countryName", reference.country(group.countryFrom()).map(c -> c.name(
                org.springframework.context.i18n.LocaleContextHolder.getLocale())).orElse(group.countryFrom()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("candidates", q == null || q.isBlank() || q.length() > 200 ? List.of()
                : persons.search(q, new Paging(0, 10)).items());
        model.addAttribute("person", person);
        model.addAttribute("errors", errors);
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        model.addAttribute("regions", reference.regions());
        return "arrivals/group";
    }

    private String form(Model model, ArrivalInput input, Map<String, String> errors) {
        model.addAttribute("arrival", input);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ReturnKind.values());
        model.addAttribute("transports", Transport.values());
        model.addAttribute("countries", reference.countries());
        model.addAttribute("arrivalPoints", reference.arrivalPoints());
        return "arrivals/form";
    }

}
