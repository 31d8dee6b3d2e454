package org.sira.arrivals.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnInput;
import org.sira.arrivals.ReturnKind;
import org.sira.arrivals.Returns;
import org.sira.people.PersonRegistry;
import org.sira.reference.ReferenceData;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adding, correcting and removing a return from a person's page. */
@Controller
class ReturnPages {

    private final Returns returns;
    private final PersonRegistry persons;
    private final ReferenceData reference;
    private final ProblemFactory problems;

    ReturnPages(Returns returns, PersonRegistry persons, ReferenceData reference, ProblemFactory problems) {
        this.returns = returns;
        this.persons = persons;
        this.reference = reference;
        this.problems = problems;
    }

    @GetMapping("/persons/{personId}/returns/new")
    String newForm(@PathVariable UUID personId, Model model) {
        return form(model, personId, null, new ReturnInput(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null), Map.of(), false);
    }

    @PostMapping("/persons/{personId}/returns")
    String create(@PathVariable UUID personId, @Valid @ModelAttribute("ret") ReturnInput input, BindingResult binding,
                  Model model) {
        if (binding.hasErrors()) {
            return form(model, personId, null, input, problems.fieldMessages(binding), false);
        }
        try {
            returns.register(personId, input);
            return "redirect:/persons/" + personId + "?saved";
        } catch (InvalidInputException e) {
            return form(model, personId, null, input, problems.fieldMessages(e.errors()), false);
        }
    }

    @GetMapping("/returns/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PersonReturn r = returns.find(id);
        PersonReturn.ReturnDetails d = r.details();
        ReturnInput input = new ReturnInput(d.returnKind().name(), d.countryFrom(), d.transitCountries(),
                d.leftMaliOn() == null ? null : d.leftMaliOn().toString(), d.yearsAbroad(), d.arrivalDate().toString(),
                d.arrivalPoint(), d.programme(), d.detained(), d.detentionDays(), d.belongingsLeft(), d.wagesUnpaid(),
                d.familyLeftAbroad(), r.version());
        return form(model, r.personId(), r, input, Map.of(), false);
    }

    @PostMapping("/returns/{id}")
    String correct(@PathVariable UUID id, @Valid @ModelAttribute("ret") ReturnInput input, BindingResult binding, Model model) {
        PersonReturn current = returns.find(id);
        if (binding.hasErrors()) {
            return form(model, current.personId(), current, input, problems.fieldMessages(binding), false);
        }
        try {
            returns.correct(id, input.version() == null ? -1 : input.version(), input);
            return "redirect:/persons/" + current.personId() + "?saved";
        } catch (InvalidInputException e) {
            return form(model, current.personId(), current, input, problems.fieldMessages(e.errors()), false);
        } catch (StaleRecordException e) {
            PersonReturn newer = returns.find(id);
            ReturnInput rebased = new ReturnInput(input.returnKind(), input.countryFrom(), input.transitCountries(),
                    input.leftMaliOn(), input.yearsAbroad(), input.arrivalDate(), input.arrivalPoint(), input.programme(),
                    input.detained(), input.detentionDays(), input.belongingsLeft(), input.wagesUnpaid(),
                    input.familyLeftAbroad(), newer.version());
            model.addAttribute("newer", returns.line(newer));
            return form(model, current.personId(), newer, rebased, Map.of(), true);
        }
    }

    @PostMapping("/returns/{id}/remove")
    String remove(@PathVariable UUID id, @RequestParam int version) {
        UUID personId = returns.find(id).personId();
        returns.remove(id, version);
        return "redirect:/persons/" + personId + "?saved";
    }

    private String form(Model model, UUID personId, PersonReturn existing, ReturnInput input, Map<String, String> errors,
                        boolean stale) {
        model.addAttribute("personView", persons.findView(personId));
        model.addAttribute("existing", existing);
        model.addAttribute("ret", input);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute("kinds", ReturnKind.values());
        model.addAttribute("countries", reference.countries());
        return "arrivals/return-form";
    }

}
