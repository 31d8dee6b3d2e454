package org.sira.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.sira.people.internal.PersonStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many already-checked persons at once (imports, demo data) with batched writes and
 * consecutive file numbers. One audit entry covers the whole batch.
 */
@Service
public class PersonBulkRegistration {

    private final PersonStore store;
    private final AuditLog audit;
    private final Clock clock;

    PersonBulkRegistration(PersonStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Person> registerAll(List<PersonDetails> details, String reason) {
        if (details.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long first = store.reserveFileNumbers(now.getYear(), details.size());
        List<Person> persons = new ArrayList<>(details.size());
        for (int i = 0; i < details.size(); i++) {
            persons.add(new Person(Ids.newId(), PersonStore.fileNumber(now.getYear(), first + i), details.get(i), now,
                    CurrentUser.name(), now, CurrentUser.name(), 0));
        }
        store.insertAll(persons);
        audit.record("BULK_CREATE", "PERSON", null, null, reason + ": " + persons.size() + " persons, "
                + persons.get(0).fileNumber() + " to " + persons.get(persons.size() - 1).fileNumber());
        return persons;
    }
}
