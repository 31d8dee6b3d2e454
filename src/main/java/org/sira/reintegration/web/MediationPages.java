package org.sira.reintegration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.reintegration.MediationClosureInput;
import org.sira.reintegration.MediationInput;
import org.sira.reintegration.MediationKind;
import org.sira.reintegration.MediationOutcome;
import org.sira.reintegration.MediationSessionInput;
import org.sira.reintegration.MediationView;
import org.sira.reintegration.Mediations;
import org.sira.reintegration.PartyRelation;
import org.sira.reintegration.SupportGroups;
import org.sira.reintegration.internal.Entries;
import org.sira.security.CurrentUser;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's mediations and groups (from the person's and the casework page), and one mediation:
 * its parties, sessions and closing. A refused form comes back filled, with its messages.
 */
@Controller
@PreAuthorize("hasAuthority('CASEWORK')")
class MediationPages {

    /** Empty party rows the opening form offers (a phone shows them one under the other). */
    static final int PARTY_ROWS = 3;

    private final Mediations mediations;
    private final SupportGroups groups;
    private final PersonRegistry persons;
    private final ProblemFactory problems;
    private final Clock clock;

    MediationPages(Mediations mediations, SupportGroups groups, PersonRegistry persons, ProblemFactory problems, Clock clock) {
        this.mediations = mediations;
        this.groups = groups;
        this.persons = persons;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/persons/{id}/mediations")
    String person(@PathVariable UUID id, Model model) {
        return person(id, Map.of("openedOn", LocalDate.now(clock).toString(), "kind", MediationKind.FAMILY.name(),
                "requestKey", UUID.randomUUID().toString()), Map.of(), model);
    }

    @PostMapping("/persons/{id}/mediations")
    String open(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        List<MediationInput.Party> parties = new ArrayList<>();
        for (int i = 0; i < PARTY_ROWS; i++) {
            String name = form.get("party-name-" + i);
            if (name != null && !name.isBlank() || i == 0) {
                parties.add(new MediationInput.Party(name, form.get("party-relation-" + i), form.get("party-village-" + i)));
            }
        }
        try {
            MediationView opened = mediations.open(id, new MediationInput(form.get("kind"), form.get("openedOn"),
                    form.get("reason"), parties), form.get("requestKey")).mediation();
            return "redirect:/mediations/" + opened.id() + "?saved";
        } catch (InvalidInputException e) {
            return person(id, form, errors(e, "parties[", "party-"), model);
        }
    }

    @GetMapping("/mediations/{id}")
    String mediation(@PathVariable UUID id, Model model) {
        return mediation(mediations.find(id), defaults(), Map.of(), null, model);
    }

    private Map<String, String> defaults() {
        return Map.of("date", LocalDate.now(clock).toString(), "mediator", CurrentUser.name(),
                "closedOn", LocalDate.now(clock).toString(), "requestKey", UUID.randomUUID().toString());
    }

    @PostMapping("/mediations/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form, Model model) {
        try {
            switch (step) {
                case "parties" -> mediations.addParty(id, new MediationInput.Party(form.get("name"), form.get("relation"),
                        form.get("village")));
                case "sessions" -> mediations.addSession(id, new MediationSessionInput(form.get("date"), form.get("mediator"),
                        form.get("summary")), form.get("requestKey"));
                case "closure" -> mediations.close(id, new MediationClosureInput(form.get("outcome"), form.get("closedOn"),
                        Entries.version(form.get("version"))));
                default -> throw new org.sira.shared.NotFoundException("PAGE", step);
            }
            return "redirect:/mediations/" + id + "?saved";
        } catch (InvalidInputException e) {
            Map<String, String> typed = new LinkedHashMap<>(defaults());
            typed.putAll(form);
            return mediation(mediations.find(id), typed, errors(e, null, null), null, model);
        } catch (DomainException refused) {
            if (refused instanceof org.sira.shared.NotFoundException) {
                throw refused;
            }
            return mediation(mediations.find(id), defaults(), Map.of(), problems.message(refused.messageKey(), refused.arguments()), model);
        }
    }

    private String person(UUID id, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("personView", persons.findView(id));
        model.addAttribute("mediations", mediations.of(id));
        model.addAttribute("memberships", groups.of(id));
        model.addAttribute("kinds", MediationKind.values());
        model.addAttribute("relations", PartyRelation.values());
        model.addAttribute("partyRows", PARTY_ROWS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "reintegration/mediations";
    }

    private String mediation(MediationView mediation, Map<String, String> form, Map<String, String> errors, String refusal,
                             Model model) {
        model.addAttribute("mediation", mediation);
        model.addAttribute("personView", persons.findView(mediation.personId()));
        model.addAttribute("relations", PartyRelation.values());
        model.addAttribute("outcomes", MediationOutcome.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "reintegration/mediation";
    }

    /** Field messages by the form's names: {@code parties[1].name} is the form's {@code party-name-1}. */
    private Map<String, String> errors(InvalidInputException e, String apiPrefix, String formPrefix) {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.fieldMessages(e.errors()).forEach((field, message) -> {
            String name = field;
            if (apiPrefix != null && field.startsWith(apiPrefix)) {
                String index = field.substring(apiPrefix.length(), field.indexOf(']'));
                name = formPrefix + field.substring(field.indexOf("].") + 2) + "-" + index;
            }
            messages.merge(name, message, (a, b) -> a + " " + b);
        });
        return messages;
    }
}
