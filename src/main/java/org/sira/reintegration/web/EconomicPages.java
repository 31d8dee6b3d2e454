package org.sira.reintegration.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.sira.casework.FollowUpView;
import org.sira.people.PersonRegistry;
import org.sira.programmes.ChargeableLine;
import org.sira.programmes.Programmes;
import org.sira.reference.ReferenceData;
import org.sira.reintegration.BusinessPlanInput;
import org.sira.reintegration.BusinessStatus;
import org.sira.reintegration.BusinessStatusInput;
import org.sira.reintegration.BusinessSupport;
import org.sira.reintegration.EconomicSector;
import org.sira.reintegration.GrantInput;
import org.sira.reintegration.GrantKind;
import org.sira.reintegration.TrainingInput;
import org.sira.reintegration.TrainingStatus;
import org.sira.reintegration.TrainingUpdateInput;
import org.sira.reintegration.Trainings;
import org.sira.reintegration.WorkExperienceInput;
import org.sira.reintegration.WorkHistory;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's economic reintegration page: work history abroad, trainings, business support. Each
 * form's fields carry the form's prefix ({@code training-sector}), so the page's forms never share an
 * id, and a refused form comes back with its own values and errors.
 */
@Controller
@PreAuthorize("hasAuthority('CASEWORK')")
class EconomicPages {

    private final WorkHistory work;
    private final Trainings trainings;
    private final BusinessSupport business;
    private final PersonRegistry persons;
    private final Programmes programmes;
    private final ReferenceData reference;
    private final ProblemFactory problems;

    EconomicPages(WorkHistory work, Trainings trainings, BusinessSupport business, PersonRegistry persons, Programmes programmes,
                  ReferenceData reference, ProblemFactory problems) {
        this.work = work;
        this.trainings = trainings;
        this.business = business;
        this.persons = persons;
        this.programmes = programmes;
        this.reference = reference;
        this.problems = problems;
    }

    @GetMapping("/persons/{id}/economic")
    String page(@PathVariable UUID id, Model model) {
        return page(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/persons/{id}/economic/work-history")
    String addWork(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        return attempt(id, "work", form, model, f -> work.add(id, new WorkExperienceInput(f.get("trade"), f.get("country"),
                years(f.get("years")), f.get("description"), f.get("requestId"))));
    }

    @PostMapping("/persons/{id}/economic/trainings")
    String addTraining(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        return attempt(id, "training", form, model, f -> trainings.record(id, new TrainingInput(f.get("sector"), f.get("provider"),
                f.get("startsOn"), f.get("endsOn"), f.get("status"), f.get("requestId"))));
    }

    @PostMapping("/persons/{id}/economic/trainings/{trainingId}/end")
    String endTraining(@PathVariable UUID id, @PathVariable UUID trainingId, @RequestParam Map<String, String> form, Model model) {
        return attempt(id, "end-" + trainingId, form, model, f -> trainings.end(id, trainingId,
                new TrainingUpdateInput(f.get("status"), f.get("endsOn"), years(f.get("version")))));
    }

    @PostMapping("/persons/{id}/economic/businesses")
    String addBusiness(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        return attempt(id, "business", form, model, f -> business.plan(id, new BusinessPlanInput(f.get("activity"), f.get("sector"),
                f.get("summary"), f.get("plannedOn"), f.get("requestId"))));
    }

    @PostMapping("/persons/{id}/economic/businesses/{businessId}/grants")
    String addGrant(@PathVariable UUID id, @PathVariable UUID businessId, @RequestParam Map<String, String> form, Model model) {
        return attempt(id, "grant-" + businessId, form, model, f -> business.grant(id, businessId, new GrantInput(f.get("kind"),
                f.get("amountXof"), null, f.get("projectLineId"), f.get("grantedOn"), f.get("description"), f.get("requestId"))));
    }

    @PostMapping("/persons/{id}/economic/businesses/{businessId}/statuses")
    String addStatus(@PathVariable UUID id, @PathVariable UUID businessId, @RequestParam Map<String, String> form, Model model) {
        return attempt(id, "status-" + businessId, form, model, f -> business.noteStatus(id, businessId,
                new BusinessStatusInput(f.get("status"), f.get("date"), f.get("followUpId"), f.get("note"), f.get("requestId"))));
    }

    /** Runs the change with the form's own fields (its prefix taken off); refused, the page again with what was typed. */
    private String attempt(UUID id, String prefix, Map<String, String> form, Model model, Function<Map<String, String>, ?> change) {
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(prefix + "-")) {
                fields.put(name.substring(prefix.length() + 1), value);
            }
        });
        try {
            change.apply(fields);
            return "redirect:/persons/" + id + "/economic?saved#" + section(prefix);
        } catch (InvalidInputException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.fieldMessages(invalid.errors()).forEach((field, message) -> errors.put(prefix + "-" + field, message));
            return page(id, form, errors, model);
        } catch (DomainException refused) {
            return page(id, form, Map.of(prefix + "-requestId", problems.message(refused.messageKey(), refused.arguments())), model);
        }
    }

    private String page(UUID id, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("personView", persons.findView(id));
        model.addAttribute("work", work.of(id));
        model.addAttribute("trainings", trainings.of(id));
        model.addAttribute("businesses", business.of(id));
        List<ChargeableLine> lines = programmes.chargeableLines();
        model.addAttribute("lineIds", lines.stream().map(l -> l.id().toString()).toList());
        model.addAttribute("lineLabels", lines.stream().map(ChargeableLine::label).toList());
        List<FollowUpView> followUps = business.followUpsOf(id);
        model.addAttribute("followUpIds", followUps.stream().map(f -> f.id().toString()).toList());
        model.addAttribute("followUpLabels", followUps.stream().map(f -> f.due() + " · " + (f.kind().startsWith("MONTH_")
                ? problems.message("follow-up.kind.months", f.kind().substring(6)) : problems.message("follow-up.kind." + f.kind())) + " · "
                + problems.message("follow-up.status." + f.status())).toList());
        model.addAttribute("countries", reference.countries());
        Map<String, String> countryNames = new HashMap<>();
        reference.countries().forEach(c -> countryNames.put(c.alpha2(), c.name(LocaleContextHolder.getLocale())));
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("sectors", EconomicSector.values());
        model.addAttribute("trainingStatuses", TrainingStatus.values());
        model.addAttribute("endStatuses", new TrainingStatus[] {TrainingStatus.COMPLETED, TrainingStatus.DROPPED_OUT});
        model.addAttribute("grantKinds", GrantKind.values());
        model.addAttribute("businessStatuses", BusinessStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ids", new RequestIds());
        return "reintegration/economic";
    }

    /** A fresh request id for each form drawn: a form sent twice sends the same one, and creates one record. */
    static final class RequestIds {
        public String next() {
            return UUID.randomUUID().toString();
        }
    }

    /** The page's section a form belongs to, for the answer to come back to it. */
    private static String section(String prefix) {
        String form = prefix.replaceAll("-[0-9a-f-]{36}$", "");
        return switch (form) {
            case "end" -> "training";
            case "grant", "status" -> "business";
            default -> form;
        };
    }

    /** A whole number typed in a form; anything else is passed on as a value the facade refuses. */
    private static Integer years(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
