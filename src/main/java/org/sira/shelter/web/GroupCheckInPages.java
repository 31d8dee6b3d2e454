package org.sira.shelter.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sira.arrivals.ArrivalGroups;
import org.sira.arrivals.PersonReturn;
import org.sira.people.BirthDate;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonView;
import org.sira.shared.ConflictException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.web.ProblemFactory;
import org.sira.shelter.internal.AgeAtCheckIn;
import org.sira.shelter.internal.Bed;
import org.sira.shelter.internal.BedOffers;
import org.sira.shelter.internal.BedState;
import org.sira.shelter.internal.Centre;
import org.sira.shelter.Centres;
import org.sira.shelter.Stays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Check-in of a whole arrival group: each person is offered a free bed in a room that fits their
 * age and sex, the manager confirms or changes each line, and one tap checks them all in. A line
 * refused (a bed taken meanwhile, an age that does not fit) is shown with its reason; the others
 * are checked in.
 */
@Controller
class GroupCheckInPages {

    /**
     * One arriving person: their record, age at check-in, whether they already have a bed, the bed
     * offered, and the beds the manager may choose instead.
     */
    record Line(PersonView person, AgeAtCheckIn age, boolean staying, UUID offeredBed, List<Bed> choices) {
    }

    /** Beds listed to choose from on each line besides the one offered: a phone cannot carry 200 lists of 200 beds. */
    private static final int CHOICES = 12;

    private final ArrivalGroups groups;
    private final PersonRegistry persons;
    private final Centres centres;
    private final Stays stays;
    private final ProblemFactory problems;
    private final Clock clock;

    GroupCheckInPages(ArrivalGroups groups, PersonRegistry persons, Centres centres, Stays stays, ProblemFactory problems,
                      Clock clock) {
        this.groups = groups;
        this.persons = persons;
        this.centres = centres;
        this.stays = stays;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/shelter/check-in")
    String plan(@RequestParam UUID arrival, @RequestParam(required = false) UUID centre, Model model) {
        return plan(arrival, centre, model, Map.of(), 0);
    }

    @PostMapping("/shelter/check-in")
    String checkIn(@RequestParam UUID arrival, @RequestParam UUID centre,
                   @RequestParam(name = "personId", required = false) List<UUID> personIds,
                   @RequestParam(name = "bedId", required = false) List<String> bedIds,
                   @RequestParam(name = "confirmedAdult", required = false) Set<UUID> confirmedAdults, Model model) {
        List<UUID> people = personIds == null ? List.of() : personIds;
        Map<UUID, String> refused = new HashMap<>();
        int done = 0;
        for (int i = 0; i < people.size(); i++) {
            String bed = bedIds == null || i >= bedIds.size() ? "" : bedIds.get(i);
            if (bed.isBlank()) {
                continue;
            }
            UUID person = people.get(i);
            try {
                stays.checkIn(person, UUID.fromString(bed), null, confirmedAdults != null && confirmedAdults.contains(person));
                done++;
            } catch (InvalidInputException e) {
                refused.put(person, String.join(" ", problems.fieldMessages(e.errors()).values()));
            } catch (ConflictException e) {
                refused.put(person, problems.message(e.messageKey(), e.arguments()));
            } catch (IllegalArgumentException notABed) {
                refused.put(person, problems.message("shelter.unknown-bed", bed));
            }
        }
        if (refused.isEmpty()) {
            return "redirect:/shelter/centres/" + centre + "?checkedIn=" + done;
        }
        return plan(arrival, centre, model, refused, done);
    }

    private String plan(UUID arrival, UUID centreId, Model model, Map<UUID, String> refused, int done) {
        model.addAttribute("group", groups.find(arrival));
        List<Centre> all = centres.all();
        UUID chosen = centreId != null ? centreId : all.size() == 1 ? all.get(0).id() : null;
        model.addAttribute("centres", all);
        model.addAttribute("refused", refused);
        model.addAttribute("done", done);
        if (chosen == null) {
            return "shelter/check-in";
        }
        Centre centre = centres.find(chosen);
        List<BedState> beds = centres.beds(chosen);
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        List<Line> lines = new ArrayList<>();
        List<BedOffers.Arriving> arriving = new ArrayList<>();
        for (PersonReturn r : groups.returnsOf(arrival)) {
            PersonView person;
            try {
                person = persons.view(persons.find(r.personId()));
            } catch (NotFoundException hidden) {
                continue;
            }
            AgeAtCheckIn age = AgeAtCheckIn.of(person.birthDate() == null ? null
                    : new BirthDate(person.birthDate(), person.birthDatePrecision()), today);
            boolean staying = stays.openStayOf(person.id()).isPresent();
            lines.add(new Line(person, age, staying, null, List.of()));
            if (!staying) {
                arriving.add(new BedOffers.Arriving(person.id(), person.sex() == null ? null : person.sex().name(), age));
            }
        }
        Map<UUID, Bed> offers = BedOffers.offer(arriving, beds);
        List<Bed> free = beds.stream().filter(BedState::free).map(BedState::bed).toList();
        java.util.Set<UUID> offered = new java.util.HashSet<>();
        offers.values().forEach(bed -> offered.add(bed.id()));
        model.addAttribute("centre", centre);
        model.addAttribute("lines", lines.stream().map(line -> {
            Bed offer = offers.get(line.person().id());
            String sex = line.person().sex() == null ? null : line.person().sex().name();
            List<Bed> choices = new ArrayList<>();
            if (offer != null) {
                choices.add(offer);
            }
            // A possible minor may go to an adult room once an adult is confirmed: those beds are listed too.
            AgeAtCheckIn asAdult = line.age() == AgeAtCheckIn.POSSIBLE_MINOR ? AgeAtCheckIn.ADULT : line.age();
            free.stream().filter(bed -> !offered.contains(bed.id())
                            && (bed.kind().suits(sex, line.age()) || bed.kind().suits(sex, asAdult)))
                    .limit(CHOICES).forEach(choices::add);
            return new Line(line.person(), line.age(), line.staying(), offer == null ? null : offer.id(), choices);
        }).toList());
        model.addAttribute("freeBeds", free);
        return "shelter/check-in";
    }
}
