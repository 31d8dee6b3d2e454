package org.sira.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.casework.CaseInput;
import org.sira.casework.CaseView;
import org.sira.casework.Cases;
import org.sira.casework.CasePlans;
import org.sira.casework.CaseServices;
import org.sira.casework.ClosureInput;
import org.sira.casework.PlanItemChange;
import org.sira.casework.PlanItemInput;
import org.sira.casework.ServiceInput;
import org.sira.casework.Need;
import org.sira.casework.NeedsInput;
import org.sira.shared.DomainException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case part of a person's casework page: opening, holding, resuming, the needs assessment,
 * asking for closure and approving it. A refusal goes back to the page with its message.
 */
@Controller
@PreAuthorize("hasAuthority('CASEWORK')")
class CasePages {

    private final Cases cases;
    private final CasePlans plans;
    private final CaseServices services;
    private final ProblemFactory problems;

    CasePages(Cases cases, CasePlans plans, CaseServices services, ProblemFactory problems) {
        this.cases = cases;
        this.plans = plans;
        this.services = services;
        this.problems = problems;
    }

    @PostMapping("/persons/{id}/cases")
    String open(@PathVariable UUID id, @RequestParam(defaultValue = "") String caseworker, RedirectAttributes redirect) {
        return attempt(id, redirect, () -> cases.open(id, new CaseInput(caseworker)));
    }

    @PostMapping("/cases/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form,
                RedirectAttributes redirect) {
        CaseView current = cases.find(id);
        return attempt(current.personId(), redirect, () -> {
            switch (step) {
                case "hold" -> cases.hold(id);
                case "resume" -> cases.resume(id);
                case "closure-request" -> cases.requestClosure(id, new ClosureInput(form.get("reason")));
                case "closure-approval" -> cases.approveClosure(id);
                case "needs" -> cases.assessNeeds(id, needs(form));
                case "plan-items" -> plans.add(id, new PlanItemInput(form.get("goal"), form.get("action"),
                        "PARTNER".equals(form.get("whoKind")) ? null : form.get("who"),
                        "PARTNER".equals(form.get("whoKind")) ? form.get("who") : null, form.get("planDue"), form.get("requestId")));
                case "services" -> services.record(id, new ServiceInput(form.get("kind"), form.get("givenOn"), null,
                        form.get("serviceNote"), form.get("requestId")));
                default -> throw new org.sira.shared.NotFoundException("PAGE", step);
            }
        });
    }

    /** Moving a plan item on from the case page: its status, a note, on the version the page showed. */
    @PostMapping("/plan-items/{id}")
    String planItem(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        UUID personId = cases.find(plans.find(id).caseId()).personId();
        return attempt(personId, redirect, () -> plans.change(id, new PlanItemChange(version(form.get("version")),
                form.get("status"), form.get("note"), null)));
    }

    private static Integer version(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The assessment form has one priority per need ({@code need-SHELTER=HIGH}); an empty one is not a need. */
    private static NeedsInput needs(Map<String, String> form) {
        List<NeedsInput.Item> items = new ArrayList<>();
        for (Need need : Need.values()) {
            String priority = form.get("need-" + need.name());
            if (priority != null && !priority.isBlank()) {
                items.add(new NeedsInput.Item(need.name(), priority, form.get("note-" + need.name())));
            }
        }
        return new NeedsInput(items);
    }

    private String attempt(UUID personId, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            return "redirect:/persons/" + personId + "/casework?saved";
        } catch (DomainException refused) {
            String message = refused instanceof org.sira.shared.InvalidInputException invalid
                    ? String.join(" ", problems.fieldMessages(invalid.errors()).values())
                    : problems.message(refused.messageKey(), refused.arguments());
            redirect.addFlashAttribute("caseError", message);
            return "redirect:/persons/" + personId + "/casework";
        }
    }
}
