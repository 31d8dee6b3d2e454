package org.sira.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.internal.FileNumbers;
import org.sira.people.internal.PersonLookups;
import org.sira.people.internal.PersonStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many already-checked persons at once (imports, demo data) with batched writes and
 * consecutive file numbers. One audit entry covers the whole batch.
 */
@Service
public class PersonBulkRegistration {

    private final PersonStore store;
    private final PersonLookups lookups;
    private final FileNumbers fileNumbers;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonBulkRegistration(PersonStore store, PersonLookups lookups, FileNumbers fileNumbers, AuditLog audit, Clock clock,
                           ApplicationEventPublisher events) {
        this.lookups = lookups;
        this.fileNumbers = fileNumbers;
        this.events = events;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Person> registerAll(List<PersonDetails> details, String reason) {
        return registerAll(details, null, reason);
    }

    /** As above; {@code sourceKeys} (same order) let a later import of the same rows find these persons. */
    @Transactional
    public List<Person> registerAll(List<PersonDetails> details, List<String> sourceKeys, String reason) {
        if (details.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long first = fileNumbers.reserve(now.getYear(), details.size());
        List<Person> persons = new ArrayList<>(details.size());
        for (int i = 0; i < details.size(); i++) {
            persons.add(new Person(Ids.newId(), FileNumbers.format(now.getYear(), first + i), details.get(i), now,
                    CurrentUser.name(), now, CurrentUser.name(), 0));
        }
        store.insertAll(persons, sourceKeys);
        events.publishEvent(new PersonsChanged(persons.stream().map(Person::id).toList(), true));
        audit.record("BULK_CREATE", "PERSON", null, null, reason + ": " + persons.size() + " persons, "
                + persons.get(0).fileNumber() + " to " + persons.get(persons.size() - 1).fileNumber());
        return persons;
    }

    public Map<String, UUID> idsByExternalRef(Collection<String> refs) {
        return lookups.idsByExternalRef(refs);
    }

    public Map<String, UUID> idsBySourceKey(Collection<String> keys) {
        return lookups.idsBySourceKey(keys);
    }

    public List<Person> find(List<UUID> ids) {
        return store.findAll(ids);
    }

    /**
     * Replaces a person's details as an import says they now are; audited. Gives the person as
     * stored, or nothing when someone changed them since {@code person} was read.
     */
    @Transactional
    public Optional<Person> update(Person person, PersonDetails details, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String by = CurrentUser.name();
        if (!store.update(person.id(), person.version(), details, now, by)) {
            return Optional.empty();
        }
        audit.record("UPDATE", "PERSON", person.id().toString(), null, reason);
        events.publishEvent(new PersonsChanged(List.of(person.id())));
        return Optional.of(new Person(person.id(), person.fileNumber(), details, person.createdAt(), person.createdBy(), now, by,
                person.version() + 1));
    }
}
