package org.sira.reintegration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.reference.Country;
import org.sira.reference.ReferenceData;
import org.sira.reintegration.internal.Entries;
import org.sira.reintegration.internal.WorkHistoryStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The trades and skills a person practised abroad: what a training or a business can build on. */
@Service
public class WorkHistory {

    static final int MAX_TRADE = 100;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_YEARS = 60;

    private final WorkHistoryStore store;
    private final PersonRegistry persons;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    WorkHistory(WorkHistoryStore store, PersonRegistry persons, ReferenceData reference, AuditLog audit, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a trade; a retried request (same {@code requestId}) returns the first record. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Created<WorkExperience> add(UUID personId, WorkExperienceInput input) {
        persons.find(personId);
        List<FieldError> errors = new ArrayList<>();
        UUID id = Entries.id(input.requestId(), "requestId", false, errors);
        String trade = Entries.required(input.trade(), "trade", MAX_TRADE, errors);
        String description = Entries.text(input.description(), "description", MAX_DESCRIPTION, errors);
        Optional<Country> country = Optional.empty();
        if (input.country() == null || input.country().isBlank()) {
            errors.add(new FieldError("country", "error.required"));
        } else {
            country = reference.country(input.country().strip());
            if (country.isEmpty()) {
                errors.add(new FieldError("country", "return.country.unknown", input.country().length() > 40
                        ? input.country().substring(0, 40) : input.country()));
            }
        }
        if (input.years() == null) {
            errors.add(new FieldError("years", "error.required"));
        } else if (input.years() < 0 || input.years() > MAX_YEARS) {
            errors.add(new FieldError("years", "reintegration.work.years", MAX_YEARS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (id != null) {
            Optional<WorkExperience> earlier = store.find(id);
            if (earlier.isPresent()) {
                return Created.repeated(earlier.get(), personId, WorkExperience::personId, "requestId");
            }
        }
        WorkExperience experience = new WorkExperience(id == null ? Ids.newId() : id, personId, trade, country.get().alpha2(),
                input.years(), description, 0);
        store.insert(experience, now(), CurrentUser.name());
        audit.record("CREATE", "WORK_EXPERIENCE", experience.id().toString(), null,
                "person " + personId + ", " + trade + ", " + experience.country() + ", " + experience.years() + " years");
        return new Created<>(experience, false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<WorkExperience> of(UUID personId) {
        persons.find(personId);
        return store.ofPerson(personId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
