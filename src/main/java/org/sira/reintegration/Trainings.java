package org.sira.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.reintegration.internal.Entries;
import org.sira.reintegration.internal.TrainingRules;
import org.sira.reintegration.internal.TrainingStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.RefusedInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trainings (agriculture, livestock, fishing...): enrolment, then completed or dropped out. */
@Service
public class Trainings {

    static final int MAX_PROVIDER = 200;

    private final TrainingStore store;
    private final PersonRegistry persons;
    private final AuditLog audit;
    private final Clock clock;

    Trainings(TrainingStore store, PersonRegistry persons, AuditLog audit, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a training (enrolled by default; a past one may be recorded completed or dropped out at once). */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Created<Training> record(UUID personId, TrainingInput input) {
        persons.find(personId);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        UUID id = Entries.id(input.requestId(), "requestId", false, errors);
        EconomicSector sector = Entries.choice(EconomicSector.class, input.sector(), "sector", errors);
        String provider = Entries.required(input.provider(), "provider", MAX_PROVIDER, errors);
        LocalDate startsOn = Entries.date(input.startsOn(), "startsOn", true, null, errors);
        LocalDate endsOn = Entries.date(input.endsOn(), "endsOn", false, null, errors);
        TrainingStatus status = input.status() == null || input.status().isBlank() ? TrainingStatus.ENROLLED
                : Entries.choice(TrainingStatus.class, input.status(), "status", errors);
        TrainingRules.check(status, startsOn, endsOn, today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (id != null) {
            Optional<Training> earlier = store.find(id);
            if (earlier.isPresent()) {
                return Created.repeated(earlier.get(), personId, Training::personId, "requestId");
            }
        }
        Training training = new Training(id == null ? Ids.newId() : id, personId, sector, provider, startsOn, endsOn, status, 0);
        store.insert(training, now(), CurrentUser.name());
        audit.record("CREATE", "TRAINING", training.id().toString(), null,
                "person " + personId + ", " + sector + ", " + provider + ", " + startsOn + ", " + status);
        return new Created<>(training, false);
    }

    /** Ends an enrolled training: completed (on a day already past) or dropped out, over the version the user saw. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Training end(UUID personId, UUID trainingId, TrainingUpdateInput input) {
        Training before = find(personId, trainingId);
        List<FieldError> errors = new ArrayList<>();
        TrainingStatus status = Entries.choice(TrainingStatus.class, input.status(), "status", errors);
        LocalDate endsOn = Entries.date(input.endsOn(), "endsOn", false, null, errors);
        if (endsOn == null && status == TrainingStatus.DROPPED_OUT && errors.isEmpty()) {
            endsOn = LocalDate.now(clock);
        }
        TrainingRules.check(status, before.startsOn(), endsOn, LocalDate.now(clock), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<FieldError> refused = new ArrayList<>();
        TrainingRules.checkEnd(before.status(), status, refused);
        if (!refused.isEmpty()) {
            throw new RefusedInputException(refused);
        }
        int version = input.version() == null ? before.version() : input.version();
        if (!store.ended(trainingId, version, status, endsOn, now(), CurrentUser.name())) {
            throw new StaleRecordException("TRAINING", trainingId, store.find(trainingId).orElse(before));
        }
        audit.record("UPDATE", "TRAINING", trainingId.toString(), before.status().name(), status + " " + endsOn);
        return store.find(trainingId).orElseThrow();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<Training> of(UUID personId) {
        persons.find(personId);
        return store.ofPerson(personId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Training find(UUID personId, UUID trainingId) {
        persons.find(personId);
        return store.find(trainingId).filter(t -> t.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("TRAINING", trainingId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
