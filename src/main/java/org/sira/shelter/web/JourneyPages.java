package org.sira.shelter.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.sira.shared.ConflictException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.sira.shelter.Board;
import org.sira.shelter.Centres;
import org.sira.shelter.internal.Journey;
import org.sira.shelter.Journeys;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Journeys home booked from a centre, their departure, and the confirmation calls due. */
@Controller
class JourneyPages {

    /** The journey as the form sends it; each traveller's ticket number comes as {@code ticket-<personId>}. */
    record JourneyForm(@Size(max = 100) String region, @Size(max = 100) String cercle, @Size(max = 100) String commune,
                       @Size(max = 100) String village, @Size(max = 100) String transportCompany,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate departureDate,
                       @NotNull @PositiveOrZero @Max(10_000_000) Long ticketCostXof,
                       @NotNull @PositiveOrZero @Max(10_000_000) Long travelMoneyXof, @NotNull Journey.PaymentMode paymentMode,
                       @Size(max = 60) String paymentReference, @Size(max = 100) String escort) {

        Journey.Plan plan() {
            return new Journey.Plan(region, cercle, commune, village, transportCompany, departureDate, null, ticketCostXof,
                    travelMoneyXof, paymentMode, paymentReference, escort);
        }
    }

    private final Journeys journeys;
    private final Centres centres;
    private final ProblemFactory problems;

    JourneyPages(Journeys journeys, Centres centres, ProblemFactory problems) {
        this.journeys = journeys;
        this.centres = centres;
        this.problems = problems;
    }

    @GetMapping("/shelter/centres/{id}/journeys")
    String list(@PathVariable UUID id, @RequestParam(required = false) Integer booked, Model model) {
        model.addAttribute("booked", booked);
        return list(id, model, Map.of());
    }

    @PostMapping("/shelter/centres/{id}/journeys")
    String book(@PathVariable UUID id, @Valid @ModelAttribute("journey") JourneyForm form, BindingResult binding,
                @RequestParam(name = "personId", required = false) List<UUID> personIds,
                @RequestParam Map<String, String> parameters, Model model) {
        if (binding.hasErrors()) {
            return list(id, model, problems.fieldMessages(binding));
        }
        if (personIds == null || personIds.isEmpty()) {
            return list(id, model, Map.of("personId", problems.message("shelter.distribution.nobody")));
        }
        Map<UUID, String> tickets = new LinkedHashMap<>();
        personIds.forEach(person -> tickets.put(person, parameters.get("ticket-" + person)));
        try {
            journeys.book(id, tickets, form.plan());
        } catch (InvalidInputException e) {
            return list(id, model, problems.fieldMessages(e.errors()));
        } catch (ConflictException e) {
            return list(id, model, Map.of("personId", problems.message(e.messageKey(), e.arguments())));
        }
        return "redirect:/shelter/centres/" + id + "/journeys?booked=" + personIds.size();
    }

    @PostMapping("/shelter/journeys/{id}/depart")
    String depart(@PathVariable UUID id) {
        Journey journey = journeys.find(id);
        try {
            journeys.depart(id);
        } catch (ConflictException alreadyGone) {
            return "redirect:/shelter/centres/" + journey.centreId() + "/journeys";
        }
        return "redirect:/shelter/centres/" + journey.centreId() + "/journeys?departed";
    }

    @GetMapping("/shelter/journeys/calls")
    String calls(Model model) {
        model.addAttribute("calls", journeys.callsDue());
        return "shelter/calls";
    }

    @PostMapping("/shelter/journeys/{id}/call")
    String call(@PathVariable UUID id, @RequestParam boolean arrived,
                @RequestParam(required = false) @Size(max = 300) String result) {
        try {
            journeys.callMade(id, arrived, result == null || result.length() <= 300 ? result : result.substring(0, 300));
        } catch (ConflictException alreadyRecorded) {
            return "redirect:/shelter/journeys/calls";
        }
        return "redirect:/shelter/journeys/calls?recorded";
    }

    private String list(UUID centreId, Model model, Map<String, String> errors) {
        Board board = centres.board(centreId);
        model.addAttribute("centre", board.centre());
        model.addAttribute("staying", board.rooms().stream().flatMap(room -> room.beds().stream())
                .filter(bed -> bed.personId() != null).toList());
        model.addAttribute("journeys", journeys.ofCentre(centreId));
        model.addAttribute("modes", Journey.PaymentMode.values());
        model.addAttribute("errors", errors);
        return "shelter/journeys";
    }
}
