package org.sira.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sira.arrivals.CountedPerson;
import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.Returns;
import org.sira.imports.ImportReport;
import org.sira.imports.internal.PersonResolver.Known;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.people.Person;
import org.sira.people.PersonBulkRegistration;
import org.sira.people.PersonDetails;
import org.sira.people.Sex;

/**
 * The writer of a returns file: completes the known persons from their rows, then adds the returns
 * not already there, in bulk.
 */
final class ReturnWriter {

    private final PersonBulkRegistration persons;
    private final Returns returns;
    private final PersonResolver resolver;
    private final ImportCounts counts;
    private final String reason;
    /** The returns written for persons this import created: "no" is sure, "maybe" asks the database. */
    private final MaybeSeen returnsWrittenForCreated;
    /** Rows whose reference names a person already recorded with the other sex (their sex is kept). */
    final List<ReadRow> rowsOfOtherSexThanStored = new ArrayList<>();

    ReturnWriter(PersonBulkRegistration persons, Returns returns, PersonResolver resolver, ImportCounts counts, String reason,
                 int expectedRows) {
        this.persons = persons;
        this.returns = returns;
        this.resolver = resolver;
        this.counts = counts;
        this.reason = reason;
        this.returnsWrittenForCreated = new MaybeSeen(expectedRows);
    }

    void write(List<ReadRow> batch, Set<String> createdNow, Map<UUID, Person> createdPersons) {
        writeReturns(batch, createdNow, completeKnownPersons(batch, createdPersons));
    }

    /**
     * A returns file describes a person again on each of their returns, and their first row is
     * often the least complete: a later row (or a later file) fills in what the person still
     * lacks, and never changes what they have, so that a person's sex or region does not depend
     * on which of their rows came first. Gives the numbers of the rows that completed someone.
     */
    private Set<Integer> completeKnownPersons(List<ReadRow> batch, Map<UUID, Person> createdNow) {
        List<ReadRow> bringing = new ArrayList<>();
        Set<UUID> toRead = new HashSet<>();
        for (ReadRow row : batch) {
            Known known = resolver.known(row);
            int gives = PersonResolver.given(row.person());
            if (gives != 0 && (known.given() == PersonResolver.NOT_READ || (gives & ~known.given()) != 0)) {
                bringing.add(row);
                if (!createdNow.containsKey(known.id())) {
                    toRead.add(known.id());
                }
            }
        }
        if (bringing.isEmpty()) {
            return Set.of();
        }
        Map<UUID, Person> current = resolver.withStored(createdNow, toRead);
        Set<Integer> completing = new HashSet<>();
        for (ReadRow row : bringing) {
            Known known = resolver.known(row);
            Person person = PersonResolver.present(current, known.id());
            Sex storedSex = person.details().sex();
            if (known.given() == PersonResolver.NOT_READ && storedSex != null && row.person().sex() != null
                    && storedSex != row.person().sex()) {
                // Within the file the rows are compared with each other; here with who the person already was.
                rowsOfOtherSexThanStored.add(row);
            }
            PersonDetails completed = person.details().filledFrom(row.person());
            if (!completed.equals(person.details())) {
                person = persons.update(person, completed, reason).orElseThrow(() -> new ConcurrentPersonChange(known.id()));
                current.put(person.id(), person);
                completing.add(row.number());
                counts.personUpdated(person.id());
            }
            // Returns of persons this import created carry its own copy of their counted traits.
            resolver.remember(row, new Known(known.id(), known.counted() == null ? null : resolver.counted(person.details()),
                    known.first(), PersonResolver.given(person.details())));
        }
        return completing;
    }

    private void writeReturns(List<ReadRow> batch, Set<String> createdNow, Set<Integer> completing) {
        List<String> keys = new ArrayList<>(batch.size());
        Set<UUID> lookUp = new HashSet<>();
        Map<UUID, CountedPerson> counted = new HashMap<>();
        for (ReadRow row : batch) {
            Known person = resolver.known(row);
            String key = Returns.key(person.id(), row.personReturn());
            keys.add(key);
            // A person this import created has only the returns it wrote, which the filter remembers:
            // the database is asked about the others, and about the filter's "maybe".
            if (person.counted() == null || returnsWrittenForCreated.mightContain(key)) {
                lookUp.add(person.id());
            } else {
                counted.put(person.id(), person.counted());
            }
        }
        Map<String, Boolean> existing = returns.existingKeys(lookUp);
        List<UUID> personIds = new ArrayList<>();
        List<PersonReturn.ReturnDetails> details = new ArrayList<>();
        Set<String> createdPersonsSeen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            ReadRow row = batch.get(i);
            Known person = resolver.known(row);
            UUID personId = person.id();
            String key = keys.get(i);
            boolean newPerson = createdNow.contains(row.identity()) && createdPersonsSeen.add(row.identity());
            Boolean removed = existing.putIfAbsent(key, false);
            if (removed == null) {
                personIds.add(personId);
                details.add(row.personReturn());
                if (person.counted() != null) {
                    returnsWrittenForCreated.add(key);
                    counted.put(personId, person.counted());
                }
                if (newPerson) {
                    counts.created++;
                }
                counts.record(row, newPerson ? ImportReport.Action.CREATED : ImportReport.Action.RETURN_ADDED, personId);
            } else if (removed) {
                counts.unchanged++;
                counts.record(row, ImportReport.Action.RETURN_REMOVED_EARLIER, personId);
            } else if (completing.contains(row.number())) {
                counts.record(row, ImportReport.Action.UPDATED, personId);
            } else {
                counts.unchanged++;
                counts.record(row, ImportReport.Action.UNCHANGED, personId);
            }
        }
        returns.registerAll(personIds, details, counted, reason);
    }
}
