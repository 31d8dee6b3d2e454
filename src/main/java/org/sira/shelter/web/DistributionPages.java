package org.sira.shelter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.arrivals.ArrivalGroups;
import org.sira.shared.ConflictException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.sira.shelter.AssistanceGiving;
import org.sira.shelter.AssistanceInput;
import org.sira.shelter.Centres;
import org.sira.shelter.Distribution;
import org.sira.shelter.StockKeeping;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A group distribution: one or more items to everyone staying tonight, or to everyone of an
 * arrival group, with the exceptions unticked, in one action.
 */
@Controller
class DistributionPages {

    private final Centres centres;
    private final StockKeeping stock;
    private final AssistanceGiving assistance;
    private final ArrivalGroups groups;
    private final Recipients recipients;
    private final ProblemFactory problems;

    DistributionPages(Centres centres, StockKeeping stock, AssistanceGiving assistance, ArrivalGroups groups,
                      Recipients recipients, ProblemFactory problems) {
        this.centres = centres;
        this.stock = stock;
        this.assistance = assistance;
        this.groups = groups;
        this.recipients = recipients;
        this.problems = problems;
    }

    @GetMapping("/shelter/centres/{id}/distribution")
    String form(@PathVariable UUID id, @RequestParam(required = false) UUID arrival, Model model) {
        return form(id, arrival, model, Map.of(), null);
    }

    @PostMapping("/shelter/centres/{id}/distribution")
    String give(@PathVariable UUID id, @RequestParam(required = false) UUID arrival,
                @RequestParam(name = "item", required = false) List<String> items,
                @RequestParam(required = false) Integer quantityEach,
                @RequestParam(defaultValue = "false") boolean allowShortfall,
                @RequestParam(name = "personId", required = false) List<UUID> personIds, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (items == null || items.isEmpty()) {
            errors.put("item", problems.message("error.required"));
        }
        if (quantityEach == null || quantityEach < 1 || quantityEach > 1000) {
            errors.put("quantityEach", problems.message("validation.Positive"));
        }
        if (personIds == null || personIds.isEmpty()) {
            errors.put("personIds", problems.message("shelter.distribution.nobody"));
        }
        if (!errors.isEmpty()) {
            return form(id, arrival, model, errors, null);
        }
        List<AssistanceInput> inputs = items.stream()
                .map(item -> new AssistanceInput(id, item, quantityEach, personIds, null, allowShortfall)).toList();
        try {
            return form(id, arrival, model, Map.of(), assistance.giveAll(inputs));
        } catch (InvalidInputException e) {
            return form(id, arrival, model, problems.fieldMessages(e.errors()), null);
        } catch (ConflictException e) {
            return form(id, arrival, model, Map.of("item", problems.message(e.messageKey(), e.arguments())), null);
        }
    }

    private String form(UUID centreId, UUID arrival, Model model, Map<String, String> errors, List<Distribution> done) {
        model.addAttribute("centre", centres.find(centreId));
        model.addAttribute("arrival", arrival == null ? null : groups.find(arrival));
        List<Recipients.Recipient> offered = recipients.of(centreId, arrival);
        model.addAttribute("recipients", offered);
        Map<UUID, Recipients.Recipient> byId = new LinkedHashMap<>();
        offered.forEach(r -> byId.put(r.id(), r));
        model.addAttribute("byId", byId);
        model.addAttribute("items", stock.items());
        model.addAttribute("labels", stock.labels(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("balances", stock.balances(centreId));
        model.addAttribute("errors", errors);
        model.addAttribute("done", done);
        return "shelter/distribution";
    }
}
