package org.sira.people.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.people.ConsentPurpose;
import org.sira.people.DocumentKind;
import org.sira.people.PersonInput;
import org.sira.people.PersonMatching;
import org.sira.people.PersonMerge;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonView;
import org.sira.people.PlainWords;
import org.sira.people.Vulnerability;
import org.sira.reference.ReferenceData;
import org.sira.security.CurrentUser;
import org.sira.security.Permission;
import org.sira.shared.InvalidInputException;
import org.sira.shared.Paging;
import org.sira.shared.StaleRecordException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry's pages: list with search, person page, create and edit forms. */
@Controller
class PersonPages {

    private final PersonRegistry registry;
    private final ReferenceData reference;
    private final ProblemFactory problems;
    private final PersonMerge merges;
    private final PersonMatching matching;
    private final PlainWords plainWords;

    PersonPages(PersonRegistry registry, ReferenceData reference, ProblemFactory problems, PersonMerge merges,
                PersonMatching matching, PlainWords plainWords) {
        this.matching = matching;
        this.plainWords = plainWords;
        this.merges = merges;
        this.registry = registry;
        this.reference = reference;
        this.problems = problems;
    }

    @GetMapping("/")
    String home() {
        // Coordinators and viewers start on the reports' dashboard; administrators, who also read statistics, do not.
        if (CurrentUser.may(Permission.STATISTICS_READ) && !CurrentUser.may(Permission.USER_MANAGE)) {
            return "redirect:/dashboard";
        }
        if (CurrentUser.may(Permission.PERSON_READ)) {
            return "redirect:/persons";
        }
        return CurrentUser.may(Permission.STATISTICS_READ) ? "redirect:/reports/returns" : "redirect:/account";
    }

    @GetMapping("/persons")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("q", query);
        model.addAttribute("result", registry.search(query, new Paging(page, 25)));
        model.addAttribute("mayWrite", CurrentUser.may(Permission.PERSON_WRITE));
        return htmx != null ? "people/list :: results" : "people/list";
    }

    @GetMapping("/persons/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("person", registry.findView(id));
        model.addAttribute("mayWrite", CurrentUser.may(Permission.PERSON_WRITE));
        model.addAttribute("mayAudit", CurrentUser.may(Permission.AUDIT_READ));
        model.addAttribute("languages", reference.languages());
        model.addAttribute("merges", merges.into(id));
        return "people/show";
    }

    @PostMapping("/persons/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam String fileNumber, Model model) {
        try {
            merges.mergeFileNumber(id, fileNumber);
            return "redirect:/persons/" + id + "?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("mergeError", problems.fieldMessages(e.errors()).values().iterator().next());
            return show(id, model);
        }
    }

    @PostMapping("/merges/{mergeId}/undo")
    String undo(@PathVariable UUID mergeId) {
        return "redirect:/persons/" + merges.undo(mergeId).keptId() + "?saved";
    }

    @GetMapping("/persons/new")
    String newForm(Model model) {
        return form(model, PersonInput.empty(), null, Map.of(), UUID.randomUUID().toString());
    }

    /** A known person the one being registered may be, as the form shows them before saving. */
    record KnownLike(PersonView person, String verdict, PlainWords.Explained why) {
    }

    /**
     * Before a new person is saved, the form says who they may already be ("peut-être déjà connu"),
     * and saves only when the user confirms a new person; it never blocks.
     */
    @PostMapping("/persons")
    String create(@Valid @ModelAttribute("person") PersonInput input, BindingResult binding,
                  @RequestParam(name = "requestToken", required = false) String requestToken,
                  @RequestParam(name = "confirmedNew", defaultValue = "false") boolean confirmedNew, Model model) {
        if (binding.hasErrors()) {
            return form(model, input, null, problems.fieldMessages(binding), requestToken);
        }
        if (!confirmedNew && !registry.alreadyRegistered(requestToken)) {
            List<KnownLike> known = matching.knownLike(input).stream().limit(3)
                    .map(c -> new KnownLike(registry.findView(c.personId()), c.verdict().name(), plainWords.explain(c.evidence()))).toList();
            if (!known.isEmpty()) {
                model.addAttribute("knownLike", known);
                return form(model, input, null, Map.of(), requestToken);
            }
        }
        try {
            PersonView created = registry.register(input, Optional.ofNullable(requestToken)).person();
            return "redirect:/persons/" + created.id() + "?saved";
        } catch (InvalidInputException e) {
            return form(model, input, null, problems.fieldMessages(e.errors()), requestToken);
        }
    }

    @GetMapping("/persons/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PersonView person = registry.findView(id);
        return form(model, person.asInput(), person, Map.of(), null);
    }

    @PostMapping("/persons/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("person") PersonInput input, BindingResult binding,
                  Model model) {
        PersonView current = registry.findView(id);
        if (binding.hasErrors()) {
            return form(model, input, current, problems.fieldMessages(binding), null);
        }
        try {
            registry.update(id, input.version() == null ? -1 : input.version(), input);
            return "redirect:/persons/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(model, input, current, problems.fieldMessages(e.errors()), null);
        } catch (StaleRecordException e) {
            // Keep what the user typed, show what the other person saved, and let them save again on top of it.
            PersonView newer = (PersonView) e.current();
            model.addAttribute("newer", newer);
            PersonInput rebased = new PersonInput(input.familyName(), input.givenNames(), input.aliases(), input.sex(),
                    input.birthDate(), input.birthDatePrecision(), input.fatherGivenName(), input.motherName(),
                    input.originRegion(), input.originCommune(), input.originVillage(), input.phone(), input.phone2(),
                    input.documentKind(), input.documentNumber(), input.languages(), input.vulnerabilities(),
                    input.consent(), input.consentDate(), input.consentPurposes(), input.externalRef(),
                    input.restricted(), newer.version());
            return form(model, rebased, newer, Map.of(), null);
        }
    }

    private String form(Model model, PersonInput input, PersonView existing, Map<String, String> errors, String requestToken) {
        model.addAttribute("person", input);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("requestToken", requestToken);
        model.addAttribute("languages", reference.languages());
        model.addAttribute("regions", reference.regions());
        model.addAttribute("vulnerabilityValues", Vulnerability.values());
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("consentPurposes", ConsentPurpose.values());
        return "people/form";
    }
}
