package org.sira.casework.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.casework.internal.CaseStatus;
import org.sira.casework.CaseView;
import org.sira.casework.CasePlans;
import org.sira.casework.CaseServices;
import org.sira.casework.Cases;
import org.sira.casework.PlanItemStatus;
import org.sira.casework.ServiceKind;
import org.sira.casework.FollowUpInput;
import org.sira.casework.Need;
import org.sira.casework.internal.Priority;
import org.sira.casework.FollowUpOutcome;
import org.sira.casework.FollowUpStatus;
import org.sira.casework.FollowUps;
import org.sira.casework.ReferralInput;
import org.sira.casework.ReferralStatus;
import org.sira.casework.ReferralUpdateInput;
import org.sira.casework.Referrals;
import org.sira.people.PersonRegistry;
import org.sira.shared.InvalidInputException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's casework page: referrals and the partners' answers, follow-ups and their outcomes. */
@Controller
@PreAuthorize("hasAuthority('CASEWORK')")
class CaseworkPages {

    private final Referrals referrals;
    private final FollowUps followUps;
    private final Cases cases;
    private final CasePlans plans;
    private final CaseServices services;
    private final PersonRegistry persons;
    private final ProblemFactory problems;
    private final java.time.Clock clock;

    CaseworkPages(Referrals referrals, FollowUps followUps, Cases cases, CasePlans plans, CaseServices services,
                  PersonRegistry persons, ProblemFactory problems, java.time.Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.plans = plans;
        this.services = services;
        this.referrals = referrals;
        this.followUps = followUps;
        this.persons = persons;
        this.problems = problems;
    }

    @GetMapping("/persons/{id}/casework")
    String page(@PathVariable UUID id, Model model) {
        return page(id, new ReferralInput(null, null, false, null), Map.of(), model);
    }

    @PostMapping("/persons/{id}/referrals")
    String refer(@PathVariable UUID id, @ModelAttribute ReferralInput input, Model model) {
        try {
            referrals.send(id, input);
            return "redirect:/persons/" + id + "/casework?saved";
        } catch (InvalidInputException e) {
            return page(id, input, problems.fieldMessages(e.errors()), model);
        }
    }

    @PostMapping("/persons/{id}/referrals/{referralId}")
    String answer(@PathVariable UUID id, @PathVariable UUID referralId, @ModelAttribute ReferralUpdateInput input, Model model) {
        try {
            referrals.update(id, referralId, input);
            return "redirect:/persons/" + id + "/casework?saved";
        } catch (InvalidInputException e) {
            return page(id, new ReferralInput(null, null, false, null), problems.fieldMessages(e.errors()), model);
        }
    }

    @PostMapping("/persons/{id}/follow-ups")
    String addFollowUp(@PathVariable UUID id, @ModelAttribute FollowUpInput input, Model model) {
        try {
            followUps.addAdHoc(id, input);
            return "redirect:/persons/" + id + "/casework?saved";
        } catch (InvalidInputException e) {
            return page(id, new ReferralInput(null, null, false, null), problems.fieldMessages(e.errors()), model);
        }
    }

    private String page(UUID id, ReferralInput referral, Map<String, String> errors, Model model) {
        model.addAttribute("personView", persons.findView(id));
        model.addAttribute("referrals", referrals.of(id, new Paging(0, PageOf.MAX_SIZE)).items());
        model.addAttribute("followUps", followUps.of(id));
        List<CaseView> all = cases.of(id);
        CaseView current = all.stream().filter(c -> c.status() != CaseStatus.CLOSED).findFirst().orElse(null);
        model.addAttribute("currentCase", current);
        model.addAttribute("planItems", current == null ? List.of() : plans.of(current.id()));
        model.addAttribute("services", current == null ? List.of() : services.of(current.id()));
        model.addAttribute("serviceKinds", ServiceKind.values());
        model.addAttribute("planMoves", new PlanItemStatus[] {PlanItemStatus.IN_PROGRESS, PlanItemStatus.DONE, PlanItemStatus.DROPPED});
        model.addAttribute("planRequestId", UUID.randomUUID());
        model.addAttribute("serviceRequestId", UUID.randomUUID());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        List<CaseView> closed = all.stream().filter(c -> c.status() == CaseStatus.CLOSED).toList();
        model.addAttribute("closedCases", closed);
        // A closed case's plan, read only: what was promised and what was done stays to be seen.
        model.addAttribute("closedPlans", closed.stream().collect(java.util.stream.Collectors.toMap(CaseView::id, c -> plans.of(c.id()))));
        model.addAttribute("needs", Need.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("referral", referral);
        model.addAttribute("errors", errors);
        model.addAttribute("answers", new ReferralStatus[] {ReferralStatus.ACCEPTED, ReferralStatus.REFUSED, ReferralStatus.DONE});
        model.addAttribute("outcomes", FollowUpOutcome.values());
        model.addAttribute("open", FollowUpStatus.OPEN);
        return "casework/person";
    }
}
