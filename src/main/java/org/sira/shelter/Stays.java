package org.sira.shelter;

import org.sira.shelter.internal.Bed;
import org.sira.shelter.internal.Stay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.Person;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.ConflictException;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.RefusedInputException;
import org.sira.shelter.internal.CentreStore;
import org.sira.shelter.internal.StayStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in and check-out. A bed holds one open stay and a person has one at most: the database's
 * unique keys decide between simultaneous check-ins, so exactly one of them wins.
 */
@Service
public class Stays {

    /** How far ahead of the server's clock a check-in or check-out may be dated (a phone's clock may run fast). */
    private static final Duration CLOCK_TOLERANCE = Duration.ofHours(1);

    private final StayStore store;
    private final CentreStore centres;
    private final PersonRegistry persons;
    private final PersonVisibility visibility;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Stays(StayStore store, CentreStore centres, PersonRegistry persons, PersonVisibility visibility, AuditLog audit,
          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.centres = centres;
        this.persons = persons;
        this.visibility = visibility;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts a person in a bed from {@code at} (now when empty). Unknown (or invisible) person or
     * bed, or a room that does not fit the person's age: refused on that field. A bed or a person
     * already taken, or a stay overlapping an earlier one: a conflict.
     */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Stay checkIn(UUID personId, UUID bedId, Instant at, boolean ageConfirmedAdult) {
        Instant when = notAhead("checkIn", at);
        List<FieldError> errors = new ArrayList<>();
        Optional<Person> person = known(personId);
        if (person.isEmpty()) {
            errors.add(new FieldError("personId", "shelter.unknown-person", String.valueOf(personId)));
        }
        Optional<Bed> bed = centres.bed(bedId);
        if (bed.isEmpty()) {
            errors.add(new FieldError("bedId", "shelter.unknown-bed", String.valueOf(bedId)));
        }
        if (!errors.isEmpty()) {
            throw new RefusedInputException(errors);
        }
        Stay stay = bed.get().assign(personId, person.get().details().birthDate(), when, ageConfirmedAdult, CurrentUser.name());
        if (store.bedTaken(bedId)) {
            throw new ConflictException("shelter.bed.taken", bed.get().label());
        }
        if (store.openStayOf(personId).isPresent()) {
            throw new ConflictException("shelter.person.already-staying");
        }
        if (store.endsAfter(personId, bedId, when)) {
            throw new ConflictException("shelter.stay.overlaps");
        }
        try {
            store.insert(stay);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException takenMeanwhile) {
            throw new ConflictException("shelter.bed.taken", bed.get().label());
        }
        audit.record("CHECK_IN", "STAY", stay.id().toString(), null, "person " + personId + " bed " + bedId + " at " + when);
        if (stay.ageConfirmedAdult()) {
            audit.record("AGE_CONFIRMED_ADULT", "PERSON", personId.toString(), null, "stay " + stay.id() + " bed " + bedId);
        }
        return stay;
    }

    /** Ends a stay at {@code at} (now when empty) for this reason. */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Stay checkOut(UUID stayId, CheckOutReason reason, Instant at) {
        Instant when = notAhead("at", at);
        Stay stay = find(stayId);
        Stay ended = stay.checkOut(when, reason, CurrentUser.name());
        if (!store.checkOut(ended)) {
            throw new ConflictException("shelter.stay.changed");
        }
        audit.record("CHECK_OUT", "STAY", stayId.toString(), null, reason + " at " + when);
        events.publishEvent(new StayEnded(stayId, stay.personId(), reason, when));
        return ended;
    }

    /**
     * Moves an open stay to another bed of its centre from {@code at} (now when empty), keeping
     * the bed it left in its history. The same rules as a check-in: a room that fits the person's
     * age, one open stay per bed (of two managers moving people into one bed at once, one wins and
     * the other is told the bed is taken), no overlap with who slept there before.
     */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Stay move(UUID stayId, UUID bedId, Instant at, boolean ageConfirmedAdult) {
        Instant when = notAhead("at", at);
        Stay stay = find(stayId);
        Bed bed = centres.bed(bedId).orElseThrow(() -> RefusedInputException.of("bedId", "shelter.unknown-bed", String.valueOf(bedId)));
        Optional<Person> person = known(stay.personId());
        Stay moved = stay.moveTo(bed, person.map(p -> p.details().birthDate()).orElse(null), when,
                store.lastMove(stayId).orElse(null), ageConfirmedAdult);
        if (store.bedTaken(bedId)) {
            throw new ConflictException("shelter.bed.taken", bed.label());
        }
        if (store.bedUsedAfter(bedId, when)) {
            throw new ConflictException("shelter.stay.overlaps");
        }
        boolean saved;
        try {
            saved = store.move(moved, stay.bedId(), when, CurrentUser.name());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException takenMeanwhile) {
            throw new ConflictException("shelter.bed.taken", bed.label());
        }
        if (!saved) {
            throw new ConflictException("shelter.stay.changed");
        }
        audit.record("MOVE", "STAY", stayId.toString(), "bed " + stay.bedId(), "bed " + bedId + " at " + when);
        if (moved.ageConfirmedAdult() && !stay.ageConfirmedAdult()) {
            audit.record("AGE_CONFIRMED_ADULT", "PERSON", stay.personId().toString(), null, "stay " + stayId + " bed " + bedId);
        }
        return moved;
    }

    /** The beds the stay left, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public List<BedMove> moves(UUID stayId) {
        find(stayId);
        return store.moves(stayId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Stay find(UUID stayId) {
        return store.find(stayId).filter(stay -> visibility.maySee(stay.personId()))
                .orElseThrow(() -> new NotFoundException("STAY", stayId));
    }

    /** The open stay of a person, if they sleep in a centre tonight. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Optional<Stay> openStayOf(UUID personId) {
        return store.openStayOf(personId).filter(stay -> visibility.maySee(stay.personId()));
    }

    private Optional<Person> known(UUID personId) {
        try {
            return Optional.of(persons.find(personId));
        } catch (NotFoundException unknownOrHidden) {
            return Optional.empty();
        }
    }

    private Instant notAhead(String field, Instant at) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw InvalidInputException.of(field, "shelter.in-the-future");
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
