package org.sira.shelter.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.arrivals.ArrivalGroups;
import org.sira.programmes.Programmes;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.sira.shelter.CashAssistance;
import org.sira.shelter.CashHandout;
import org.sira.shelter.CashInput;
import org.sira.shelter.Centres;
import org.sira.shelter.internal.Journey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cash for everyone staying tonight, or everyone of an arrival group, with the exceptions
 * unticked, in one action. The form carries a request key of its own, so that sending it twice
 * (a double tap, a reload) pays nobody twice.
 */
@Controller
class CashPages {

    private final Centres centres;
    private final CashAssistance cash;
    private final Recipients recipients;
    private final ArrivalGroups groups;
    private final Programmes programmes;
    private final ProblemFactory problems;

    CashPages(Centres centres, CashAssistance cash, Recipients recipients, ArrivalGroups groups, Programmes programmes,
              ProblemFactory problems) {
        this.centres = centres;
        this.cash = cash;
        this.recipients = recipients;
        this.groups = groups;
        this.programmes = programmes;
        this.problems = problems;
    }

    @GetMapping("/shelter/centres/{id}/cash")
    String form(@PathVariable UUID id, @RequestParam(required = false) UUID arrival, @RequestParam(required = false) UUID given,
                Model model) {
        model.addAttribute("given", given == null ? null : cash.find(given));
        return form(id, arrival, UUID.randomUUID().toString(), model, Map.of());
    }

    @PostMapping("/shelter/centres/{id}/cash")
    String give(@PathVariable UUID id, @RequestParam(required = false) UUID arrival,
                @RequestParam(required = false) String amountXof,
                @RequestParam(required = false) Journey.PaymentMode paymentMode,
                @RequestParam(required = false) String transactionReference,
                @RequestParam(required = false) UUID projectLineId,
                @RequestParam(required = false) String purpose,
                @RequestParam(name = "personId", required = false) List<UUID> personIds,
                @RequestParam(required = false) String requestKey, Model model) {
        model.addAttribute("given", null);
        if (personIds == null || personIds.isEmpty()) {
            return form(id, arrival, requestKey, model, Map.of("personIds", problems.message("shelter.distribution.nobody")));
        }
        if (paymentMode == null || projectLineId == null) {
            return form(id, arrival, requestKey, model, Map.of(paymentMode == null ? "paymentMode" : "projectLineId",
                    problems.message("error.required")));
        }
        if (length(amountXof) > 40 || length(transactionReference) > 60 || length(purpose) > 200) {
            return form(id, arrival, requestKey, model, Map.of("amountXof", problems.message("error.invalid-input")));
        }
        try {
            CashHandout done = cash.give(new CashInput(id, amountXof, paymentMode, transactionReference, projectLineId, purpose,
                    personIds), requestKey);
            return "redirect:/shelter/centres/" + id + "/cash?given=" + done.id() + (arrival == null ? "" : "&arrival=" + arrival);
        } catch (InvalidInputException e) {
            return form(id, arrival, requestKey, model, problems.fieldMessages(e.errors()));
        }
    }

    private String form(UUID centreId, UUID arrival, String requestKey, Model model, Map<String, String> errors) {
        model.addAttribute("centre", centres.find(centreId));
        model.addAttribute("arrival", arrival == null ? null : groups.find(arrival));
        model.addAttribute("recipients", recipients.of(centreId, arrival));
        model.addAttribute("lines", programmes.chargeableLines());
        model.addAttribute("modes", Journey.PaymentMode.values());
        model.addAttribute("requestKey", requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey);
        model.addAttribute("errors", errors);
        return "shelter/cash";
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
