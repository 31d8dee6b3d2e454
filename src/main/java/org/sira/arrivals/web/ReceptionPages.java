package org.sira.arrivals.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.arrivals.ArrivalBoard;
import org.sira.arrivals.ArrivalGroups;
import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.Returns;
import org.sira.arrivals.RightsCheck;
import org.sira.arrivals.RightsChecks;
import org.sira.matching.MatchRecord;
import org.sira.people.PersonMatching;
import org.sira.people.PersonRegistry;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reception night: who a person being typed in may be, the rights check of each returnee,
 * the monitor's observations and the live board.
 */
@Controller
class ReceptionPages {

    private final ArrivalGroups groups;
    private final ArrivalBoard board;
    private final RightsChecks rights;
    private final Returns returns;
    private final PersonMatching matching;
    private final PersonRegistry persons;

    ReceptionPages(ArrivalGroups groups, ArrivalBoard board, RightsChecks rights, Returns returns, PersonMatching matching,
                   PersonRegistry persons) {
        this.groups = groups;
        this.board = board;
        this.rights = rights;
        this.returns = returns;
        this.matching = matching;
        this.persons = persons;
    }

    /** Known persons the one being typed may be, shown under the quick form while the name is typed. */
    @GetMapping("/arrivals/{id}/suggestions")
    String suggestions(@PathVariable UUID id, @RequestParam(required = false) String familyName,
                       @RequestParam(required = false) String givenNames, @RequestParam(required = false) String sex,
                       @RequestParam(required = false) String birthDate, Model model) {
        model.addAttribute("group", groups.find(id));
        String family = clip(familyName);
        String given = clip(givenNames);
        if (Folding.fold(family).length() + Folding.fold(given).length() < 3) {
            model.addAttribute("suggestions", List.of());
            return "arrivals/suggestions :: list";
        }
        MatchRecord.Builder typed = MatchRecord.builder("typing").name(family, given);
        if ("M".equals(sex) || "F".equals(sex)) {
            typed.sex(sex);
        }
        if (birthDate != null && birthDate.strip().matches("\\d{4}")) {
            typed.bornIn(Integer.parseInt(birthDate.strip()));
        }
        List<org.sira.people.PersonView> suggestions = matching.candidates(typed.build()).stream().limit(5)
                .map(c -> persons.findView(c.personId())).toList();
        if (suggestions.isEmpty()) {
            // A name alone is weak evidence for the matcher; the spelling-tolerant search still shows namesakes.
            suggestions = persons.search((family == null ? "" : family) + " " + (given == null ? "" : given),
                    new org.sira.shared.Paging(0, 5)).items();
        }
        model.addAttribute("suggestions", suggestions);
        return "arrivals/suggestions :: list";
    }

    @GetMapping("/arrivals/{id}/board")
    String board(@PathVariable UUID id, Model model) {
        model.addAttribute("group", groups.find(id));
        model.addAttribute("board", board.of(id));
        return "arrivals/board";
    }

    @GetMapping("/arrivals/{id}/board/live")
    String boardLive(@PathVariable UUID id, Model model) {
        model.addAttribute("group", groups.find(id));
        model.addAttribute("board", board.of(id));
        return "arrivals/board :: live";
    }

    @PostMapping("/arrivals/{id}/observations")
    String observe(@PathVariable UUID id, @RequestParam(required = false) Boolean monitorPresent,
                   @RequestParam(required = false) Boolean handedOverByOfficials,
                   @RequestParam(required = false) Boolean mistreatmentObserved,
                   @RequestParam(required = false) String observations) {
        rights.observe(id, monitorPresent, handedOverByOfficials, mistreatmentObserved,
                observations != null && observations.length() > 1000 ? observations.substring(0, 1000) : observations);
        return "redirect:/arrivals/" + id + "/board";
    }

    @GetMapping("/returns/{id}/rights")
    String rightsForm(@PathVariable UUID id, Model model) {
        return rightsPage(model, id, rights.of(id).orElse(RightsCheck.empty()), null);
    }

    @PostMapping("/returns/{id}/rights")
    String saveRights(@PathVariable UUID id, @Valid @ModelAttribute("check") RightsCheck check, BindingResult binding,
                      Model model) {
        if (binding.hasErrors()) {
            return rightsPage(model, id, check, "error.invalid");
        }
        try {
            rights.record(id, check);
            PersonReturn saved = returns.find(id);
            return saved.groupId() == null ? "redirect:/persons/" + saved.personId() + "?saved"
                    : "redirect:/arrivals/" + saved.groupId() + "?rightsChecked";
        } catch (InvalidInputException e) {
            return rightsPage(model, id, check, e.errors().get(0).messageKey());
        } catch (StaleRecordException e) {
            return rightsPage(model, id, rights.of(id).orElse(check), "error.stale");
        }
    }

    private String rightsPage(Model model, UUID returnId, RightsCheck check, String errorKey) {
        PersonReturn personReturn = returns.find(returnId);
        model.addAttribute("personReturn", returns.line(personReturn));
        model.addAttribute("person", persons.findView(personReturn.personId()));
        model.addAttribute("check", check);
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("questions", List.of("informedOfRights", "detained", "violence", "belongingsWithheld",
                "wagesUnpaid", "familySeparated", "consularAccess", "medicalNeeds", "medicalUrgent", "minorAlone",
                "needsBedTonight"));
        return "arrivals/rights";
    }

    private static String clip(String text) {
        return text == null ? null : text.length() > 100 ? text.substring(0, 100) : text;
    }

}
