package org.sira.shelter.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.people.PersonDetails;
import org.sira.people.PersonRegistry;
import org.sira.shared.ConflictException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.sira.shelter.internal.Centre;
import org.sira.shelter.Board;
import org.sira.shelter.Centres;
import org.sira.shelter.internal.AgeAtCheckIn;
import org.sira.shelter.CheckOutReason;
import org.sira.shelter.RoomKind;
import org.sira.shelter.internal.Stay;
import org.sira.shelter.Stays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The centres, their rooms, tonight's board, and a check-out. */
@Controller
class ShelterPages {

    private final Centres centres;
    private final Stays stays;
    private final PersonRegistry persons;
    private final ProblemFactory problems;
    private final Clock clock;

    ShelterPages(Centres centres, Stays stays, PersonRegistry persons, ProblemFactory problems, Clock clock) {
        this.persons = persons;
        this.centres = centres;
        this.stays = stays;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/shelter")
    String list(Model model) {
        model.addAttribute("centres", centres.all());
        model.addAttribute("errors", Map.of());
        return "shelter/centres";
    }

    @PostMapping("/shelter/centres")
    String open(@Valid @ModelAttribute("centre") CentreApi.CentreInput input, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("centres", centres.all());
            model.addAttribute("errors", problems.fieldMessages(binding));
            return "shelter/centres";
        }
        return "redirect:/shelter/centres/" + centres.open(input.name()).id() + "/rooms";
    }

    @GetMapping("/shelter/centres/{id}/rooms")
    String rooms(@PathVariable UUID id, Model model) {
        return rooms(id, model, Map.of());
    }

    @PostMapping("/shelter/centres/{id}/rooms")
    String addRoom(@PathVariable UUID id, @Valid @ModelAttribute("room") CentreApi.RoomInput input, BindingResult binding,
                   Model model) {
        if (binding.hasErrors()) {
            return rooms(id, model, problems.fieldMessages(binding));
        }
        centres.addRoom(id, input.name(), input.kind(), input.beds());
        return "redirect:/shelter/centres/" + id + "/rooms?added";
    }

    private String rooms(UUID id, Model model, Map<String, String> errors) {
        Centre centre = centres.find(id);
        model.addAttribute("centre", centre);
        model.addAttribute("rooms", centres.rooms(id));
        model.addAttribute("kinds", RoomKind.values());
        model.addAttribute("errors", errors);
        return "shelter/rooms";
    }

    /** Tonight's board: room by room, each bed free or taken, by whom and for how many nights. */
    @GetMapping("/shelter/centres/{id}")
    String board(@PathVariable UUID id, @RequestParam(required = false) Integer checkedIn, Model model) {
        model.addAttribute("board", centres.board(id));
        model.addAttribute("checkedIn", checkedIn);
        model.addAttribute("now", clock.instant());
        return "shelter/board";
    }

    @GetMapping("/shelter/stays/{id}/check-out")
    String checkOutForm(@PathVariable UUID id, Model model) {
        return checkOutForm(stays.find(id), model, Map.of());
    }

    @PostMapping("/shelter/stays/{id}/check-out")
    String checkOut(@PathVariable UUID id, @RequestParam(required = false) CheckOutReason reason, Model model) {
        Stay stay = stays.find(id);
        if (reason == null) {
            return checkOutForm(stay, model, Map.of("reason", problems.message("error.required")));
        }
        try {
            stays.checkOut(id, reason, null);
        } catch (InvalidInputException e) {
            return checkOutForm(stay, model, problems.fieldMessages(e.errors()));
        } catch (ConflictException e) {
            return checkOutForm(stay, model, Map.of("reason", problems.message(e.messageKey(), e.arguments())));
        }
        return "redirect:/shelter/centres/" + stay.centreId() + "?checkedOut";
    }

    /** Another bed for someone staying: the free beds of the centre, room by room. */
    @GetMapping("/shelter/stays/{id}/move")
    String moveForm(@PathVariable UUID id, Model model) {
        return moveForm(stays.find(id), model, Map.of());
    }

    @PostMapping("/shelter/stays/{id}/move")
    String move(@PathVariable UUID id, @RequestParam(required = false) UUID bedId,
                @RequestParam(defaultValue = "false") boolean ageConfirmedAdult, Model model) {
        Stay stay = stays.find(id);
        if (bedId == null) {
            return moveForm(stay, model, Map.of("bedId", problems.message("error.required")));
        }
        try {
            stays.move(id, bedId, null, ageConfirmedAdult);
        } catch (InvalidInputException e) {
            return moveForm(stay, model, problems.fieldMessages(e.errors()));
        } catch (ConflictException e) {
            return moveForm(stay, model, Map.of("bedId", problems.message(e.messageKey(), e.arguments())));
        }
        return "redirect:/shelter/centres/" + stay.centreId() + "?moved";
    }

    /** The rooms that suit the person come first, so that the bed preselected is one that fits. */
    private String moveForm(Stay stay, Model model, Map<String, String> errors) {
        Board board = centres.board(stay.centreId());
        PersonDetails person = persons.find(stay.personId()).details();
        AgeAtCheckIn age = AgeAtCheckIn.of(person.birthDate(), clock.instant().atOffset(ZoneOffset.UTC).toLocalDate());
        String sex = person.sex() == null ? null : person.sex().name();
        List<Board.BoardRoom> rooms = new ArrayList<>(board.rooms());
        rooms.sort(Comparator.comparing(room -> room.kind().suits(sex, age) ? 0 : 1));
        model.addAttribute("stay", stay);
        model.addAttribute("board", board);
        model.addAttribute("rooms", rooms);
        model.addAttribute("errors", errors);
        return "shelter/move";
    }

    private String checkOutForm(Stay stay, Model model, Map<String, String> errors) {
        model.addAttribute("stay", stay);
        model.addAttribute("board", centres.board(stay.centreId()));
        model.addAttribute("reasons", CheckOutReason.values());
        model.addAttribute("errors", errors);
        return "shelter/check-out";
    }
}
