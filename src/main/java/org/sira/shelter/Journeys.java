package org.sira.shelter;

import org.sira.shelter.internal.AgeAtCheckIn;
import org.sira.shelter.internal.Journey;
import org.sira.shelter.internal.Stay;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.Person;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.ConflictException;
import org.sira.shared.NotFoundException;
import org.sira.shelter.internal.JourneyStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journeys home, for one person or a group on the same bus: booked, departed (which checks the
 * person out of the centre), and confirmed by a call a week later.
 */
@Service
public class Journeys {

    private final JourneyStore store;
    private final Centres centres;
    private final Stays stays;
    private final PersonRegistry persons;
    private final PersonVisibility visibility;
    private final AuditLog audit;
    private final Clock clock;

    Journeys(JourneyStore store, Centres centres, Stays stays, PersonRegistry persons, PersonVisibility visibility, AuditLog audit,
             Clock clock) {
        this.store = store;
        this.centres = centres;
        this.stays = stays;
        this.persons = persons;
        this.visibility = visibility;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Books the same journey for each of these persons, with their own ticket number, in one
     * transaction: all booked or none. A person checked in at another centre is refused.
     */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public List<Journey> book(UUID centreId, Map<UUID, String> ticketsByPerson, Journey.Plan plan) {
        centres.find(centreId);
        LocalDate today = today();
        List<Journey> booked = new ArrayList<>();
        for (Map.Entry<UUID, String> traveller : ticketsByPerson.entrySet()) {
            Person person = persons.find(traveller.getKey());
            stays.openStayOf(person.id()).filter(stay -> !stay.centreId().equals(centreId)).ifPresent(elsewhere -> {
                throw new ConflictException("shelter.journey.checked-in-elsewhere", person.details().fullName());
            });
            AgeAtCheckIn age = AgeAtCheckIn.of(person.details().birthDate(), today);
            Journey.Plan own = new Journey.Plan(plan.region(), plan.cercle(), plan.commune(), plan.village(), plan.transportCompany(),
                    plan.departureDate(), blankToNull(traveller.getValue()), plan.ticketCostXof(), plan.travelMoneyXof(),
                    plan.paymentMode(), plan.paymentReference(), plan.escort());
            Journey journey = Journey.plan(person.id(), centreId, own, age);
            store.insert(journey, now(), CurrentUser.name());
            audit.record("CREATE", "JOURNEY", journey.id().toString(), null, person.id() + " to " + plan.region());
            booked.add(journey);
        }
        return booked;
    }

    /** The person left on the bus: their stay at the centre ends with "journey home". */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Journey depart(UUID journeyId) {
        Journey journey = find(journeyId);
        Instant at = now().toInstant();
        Journey departed = journey.depart(at);
        save(departed);
        Optional<Stay> stay = stays.openStayOf(journey.personId());
        if (stay.isPresent()) {
            stays.checkOut(stay.get().id(), CheckOutReason.JOURNEY_HOME, at);
        }
        audit.record("DEPART", "JOURNEY", journeyId.toString(), null, null);
        return departed;
    }

    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Journey callMade(UUID journeyId, boolean arrived, String result) {
        Journey done = find(journeyId).callMade(arrived, result, now().toInstant());
        save(done);
        audit.record("CALL", "JOURNEY", journeyId.toString(), null, done.status().name());
        return done;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Journey find(UUID journeyId) {
        return store.find(journeyId).filter(j -> visibility.maySee(j.personId()))
                .orElseThrow(() -> new NotFoundException("JOURNEY", journeyId));
    }

    /** A centre's journeys still to leave, and those of the last two weeks. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public List<JourneyLine> ofCentre(UUID centreId) {
        centres.find(centreId);
        return read(store.ofCentre(centreId, today().minusDays(14), visibility.visiblePerson("p")));
    }

    /** The confirmation calls due today or overdue, in every centre. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public List<JourneyLine> callsDue() {
        return read(store.callsDue(today(), visibility.visiblePerson("p")));
    }

    private List<JourneyLine> read(List<JourneyLine> lines) {
        visibility.recordReads(lines.stream().map(line -> line.journey().personId()).toList());
        return lines;
    }

    private void save(Journey journey) {
        if (!store.update(journey, now(), CurrentUser.name())) {
            throw new ConflictException("shelter.journey.changed");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
