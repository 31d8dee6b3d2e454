package org.sira.shelter.web;

import java.util.Map;
import java.util.UUID;

import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.sira.shelter.Centres;
import org.sira.shelter.ReceiptInput;
import org.sira.shelter.StockKeeping;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.Valid;

/** The stock of a centre: balances with the low-stock warning, receipts, thresholds. */
@Controller
class StockPages {

    private final Centres centres;
    private final StockKeeping stock;
    private final ProblemFactory problems;

    StockPages(Centres centres, StockKeeping stock, ProblemFactory problems) {
        this.centres = centres;
        this.stock = stock;
        this.problems = problems;
    }

    @GetMapping("/shelter/centres/{id}/stock")
    String show(@PathVariable UUID id, Model model) {
        return show(id, model, Map.of());
    }

    @PostMapping("/shelter/centres/{id}/stock/receipts")
    String receive(@PathVariable UUID id, @Valid @ModelAttribute("receipt") ReceiptInput input, BindingResult binding,
                   Model model) {
        if (binding.hasErrors()) {
            return show(id, model, problems.fieldMessages(binding));
        }
        try {
            stock.receive(id, input);
        } catch (InvalidInputException e) {
            return show(id, model, problems.fieldMessages(e.errors()));
        }
        return "redirect:/shelter/centres/" + id + "/stock?received";
    }

    @PostMapping("/shelter/centres/{id}/stock/threshold")
    String threshold(@PathVariable UUID id, @RequestParam String item, @RequestParam(required = false) Integer lowThreshold,
                     Model model) {
        if (lowThreshold == null || lowThreshold < 0 || lowThreshold > 10_000_000) {
            return show(id, model, Map.of("lowThreshold", problems.message("validation.PositiveOrZero")));
        }
        try {
            stock.setLowThreshold(id, item, lowThreshold);
        } catch (InvalidInputException e) {
            return show(id, model, problems.fieldMessages(e.errors()));
        }
        return "redirect:/shelter/centres/" + id + "/stock";
    }

    private String show(UUID id, Model model, Map<String, String> errors) {
        model.addAttribute("centre", centres.find(id));
        model.addAttribute("lines", stock.balances(id));
        model.addAttribute("items", stock.items());
        model.addAttribute("labels", stock.labels(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("errors", errors);
        return "shelter/stock";
    }
}
