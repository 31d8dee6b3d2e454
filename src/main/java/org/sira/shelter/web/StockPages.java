package org.sira.shelter.web;

import java.util.Map;
import java.util.UUID;

import org.sira.shared.ConflictException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.Paging;
import org.sira.shelter.AdjustmentInput;
import org.sira.shelter.AdjustmentReason;
import org.sira.shelter.StockCard;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The stock of a centre: balances with the low-stock warning, receipts, thresholds, and each item's stock card with its adjustments. */
@Controller
class StockPages {

    private static final int CARD_PAGE = 50;

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

    /** The stock card of an item, with the form that writes off a loss or records a count. */
    @GetMapping("/shelter/centres/{id}/stock/{item}")
    String card(@PathVariable UUID id, @PathVariable String item, @RequestParam(required = false) Integer page, Model model) {
        return card(id, item, page, UUID.randomUUID().toString(), model, Map.of());
    }

    @PostMapping("/shelter/centres/{id}/stock/{item}/adjustments")
    String adjust(@PathVariable UUID id, @PathVariable String item, @RequestParam(required = false) AdjustmentReason reason,
                  @RequestParam(required = false) Integer quantity, @RequestParam(required = false) Long countedBalance,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String requestKey, Model model) {
        if (reason == null) {
            return card(id, item, null, requestKey, model, Map.of("reason", problems.message("error.required")));
        }
        if (note != null && note.length() > 200) {
            return card(id, item, null, requestKey, model, Map.of("note", problems.message("validation.Size", 200, 0)));
        }
        try {
            stock.adjust(id, new AdjustmentInput(item, reason, quantity, countedBalance, note), requestKey);
        } catch (InvalidInputException e) {
            return card(id, item, null, requestKey, model, problems.fieldMessages(e.errors()));
        } catch (ConflictException e) {
            return card(id, item, null, requestKey, model, Map.of("quantity", problems.message(e.messageKey(), e.arguments())));
        }
        return "redirect:/shelter/centres/" + id + "/stock/" + item + "?adjusted";
    }

    /** Without a page asked, the last one: the newest movements are the ones a manager checks. */
    private String card(UUID id, String item, Integer page, String requestKey, Model model, Map<String, String> errors) {
        StockCard card = stock.card(id, item, new Paging(page == null ? 0 : page, CARD_PAGE));
        if (page == null && card.pages() > 1) {
            card = stock.card(id, item, new Paging((int) card.pages() - 1, CARD_PAGE));
        }
        model.addAttribute("centre", centres.find(id));
        model.addAttribute("card", card);
        model.addAttribute("label", stock.labels(LocaleContextHolder.getLocale()).get(card.item()));
        model.addAttribute("reasons", AdjustmentReason.values());
        model.addAttribute("requestKey", requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey);
        model.addAttribute("errors", errors);
        return "shelter/stock-card";
    }

    private String show(UUID id, Model model, Map<String, String> errors) {
        model.addAttribute("centre", centres.find(id));
        model.addAttribute("lines", stock.balances(id));
        model.addAttribute("items", stock.items());
        model.addAttribute("labels", stock.labels(LocaleContextHolder.getLocale()));
        model.addAttribute("errors", errors);
        return "shelter/stock";
    }
}
