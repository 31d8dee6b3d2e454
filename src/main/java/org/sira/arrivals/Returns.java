package org.sira.arrivals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sira.arrivals.internal.ReturnStore;
import org.sira.people.PersonRegistry;
import org.sira.people.ReturnHistory;
import org.sira.people.ReturnLine;
import org.sira.reference.ReferenceData;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Ids;
import org.sira.shared.NotFoundException;
import org.sira.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The returns of persons: registering, correcting (audited) and, for admins, removing one.
 * A return is visible exactly when its person is.
 */
@Service
public class Returns implements ReturnHistory {

    private final ReturnStore store;
    private final ReturnInputReader reader;
    private final PersonRegistry persons;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Returns(ReturnStore store, ReturnInputReader reader, PersonRegistry persons, ReferenceData reference,
            AuditLog audit, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.reader = reader;
        this.persons = persons;
        this.reference = reference;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public PersonReturn register(UUID personId, ReturnInput input) {
        return register(personId, null, reader.read(input));
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public PersonReturn register(UUID personId, UUID groupId, PersonReturn.ReturnDetails details) {
        persons.find(personId);
        OffsetDateTime now = now();
        PersonReturn created = new PersonReturn(Ids.newId(), personId, groupId, details, now, CurrentUser.name(), now,
                CurrentUser.name(), 0);
        store.insert(created);
        audit.record("CREATE", "RETURN", created.id().toString(), null, "person=" + personId + " " + json.writeValueAsString(details));
        events.publishEvent(recorded(List.of(created)));
        return created;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public PersonReturn correct(UUID id, int expectedVersion, ReturnInput input) {
        PersonReturn before = find(id);
        PersonReturn.ReturnDetails details = reader.read(input);
        if (before.version() != expectedVersion || !store.update(id, expectedVersion, details, now(), CurrentUser.name())) {
            throw new StaleRecordException("RETURN", id, store.find(id).map(this::line).orElse(null));
        }
        audit.record("UPDATE", "RETURN", id.toString(), json.writeValueAsString(before.details()), json.writeValueAsString(details));
        return store.find(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('RETURN_REMOVE')")
    public void remove(UUID id, int expectedVersion) {
        PersonReturn before = find(id);
        if (!store.voidReturn(id, expectedVersion, now(), CurrentUser.name())) {
            throw new StaleRecordException("RETURN", id, line(before));
        }
        audit.record("REMOVE", "RETURN", id.toString(), json.writeValueAsString(before.details()), null);
    }

    /**
     * A return whose person the current user may see (reading a protected one is audited). Any
     * other is not found as a return: the answer names the return asked for, never its person.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public PersonReturn find(UUID id) {
        PersonReturn found = store.find(id).orElseThrow(() -> new NotFoundException("RETURN", id));
        try {
            persons.find(found.personId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("RETURN", id);
        }
        return found;
    }

    /** Registers many checked returns at once (imports); one audit entry covers the batch. */
    @Transactional
    public void registerAll(List<UUID> personIds, List<PersonReturn.ReturnDetails> details, String reason) {
        registerAll(personIds, details, java.util.Map.of(), reason);
    }

    /**
     * As above; {@code knownPersons} are persons the caller has registered itself, with what the
     * statistics need of them, so that they are not read again.
     */
    @Transactional
    public void registerAll(List<UUID> personIds, List<PersonReturn.ReturnDetails> details,
                            java.util.Map<UUID, CountedPerson> knownPersons, String reason) {
        if (details.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        List<PersonReturn> created = new java.util.ArrayList<>(details.size());
        for (int i = 0; i < details.size(); i++) {
            created.add(new PersonReturn(Ids.newId(), personIds.get(i), null, details.get(i), now, CurrentUser.name(), now,
                    CurrentUser.name(), 0));
        }
        store.insertAll(created, knownPersons);
        audit.record("BULK_CREATE", "RETURN", null, null, reason + ": " + created.size() + " returns");
        events.publishEvent(recorded(created));
    }

    private static ReturnsRecorded recorded(List<PersonReturn> created) {
        return new ReturnsRecorded(created.stream()
                .map(r -> new ReturnsRecorded.Recorded(r.id(), r.personId(), r.details().arrivalDate())).toList());
    }

    /** Keys (person, date, kind, country) of the returns these persons already have, so a re-import adds none twice. */
    @Transactional(readOnly = true)
    /**
     * The {@link #key}s of these persons' returns, each with whether it was removed: an import does
     * not bring back a return someone removed, however often the register that holds it is imported.
     */
    public Map<String, Boolean> existingKeys(java.util.Collection<UUID> personIds) {
        return store.keysOf(personIds);
    }

    public static String key(UUID personId, PersonReturn.ReturnDetails d) {
        return personId + "|" + d.arrivalDate() + "|" + d.returnKind() + "|" + d.countryFrom();
    }

    @Override
    public List<ReturnLine> returnsOf(UUID personId) {
        return store.ofPerson(personId).stream().map(this::line).toList();
    }

    public ReturnLine line(PersonReturn r) {
        Locale locale = LocaleContextHolder.getLocale();
        String countryName = reference.country(r.details().countryFrom()).map(c -> c.name(locale)).orElse(r.details().countryFrom());
        return new ReturnLine(r.id(), r.details().arrivalDate(), r.details().returnKind().name(), r.details().countryFrom(),
                countryName, r.details().arrivalPoint(), r.details().programme(), r.groupId(), r.version());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
