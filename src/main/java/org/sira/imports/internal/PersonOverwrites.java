package org.sira.imports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sira.imports.ImportReport;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.people.Person;
import org.sira.people.PersonBulkRegistration;
import org.sira.people.PersonDetails;

/**
 * The writer of a persons file: rows of persons already known (from the database or an earlier
 * batch) put their columns over the stored person ({@link PersonDetails#overwrittenBy}); so does a
 * later row of a person met earlier in the same batch, against the person as the earlier row left
 * them. Each person is written once, as their last row leaves them, and only when that differs
 * from what is stored: the same file imported again changes nobody and says so, even when its rows
 * of one person disagree with each other.
 */
final class PersonOverwrites {

    private final PersonBulkRegistration persons;
    private final PersonResolver resolver;
    private final ImportCounts counts;
    private final String reason;

    PersonOverwrites(PersonBulkRegistration persons, PersonResolver resolver, ImportCounts counts, String reason) {
        this.persons = persons;
        this.resolver = resolver;
        this.counts = counts;
        this.reason = reason;
    }

    void write(List<ReadRow> batch, Map<UUID, Person> createdNow) {
        Map<UUID, Person> stored = resolver.withStored(createdNow, batch.stream().map(resolver::personOf)
                .filter(id -> !createdNow.containsKey(id)).distinct().toList());
        Map<UUID, PersonDetails> leftAs = new LinkedHashMap<>();
        List<ImportReport.Action> actions = new ArrayList<>(batch.size());
        Set<UUID> seenInBatch = new HashSet<>();
        for (ReadRow row : batch) {
            UUID id = resolver.personOf(row);
            boolean first = seenInBatch.add(id);
            Person person = PersonResolver.present(stored, id);
            if (first && createdNow.containsKey(id)) {
                actions.add(ImportReport.Action.CREATED);
                leftAs.put(id, person.details());
                continue;
            }
            PersonDetails before = leftAs.getOrDefault(id, person.details());
            PersonDetails after = before.overwrittenBy(row.person());
            leftAs.put(id, after);
            actions.add(!after.equals(before) ? ImportReport.Action.UPDATED
                    : first ? ImportReport.Action.UNCHANGED : ImportReport.Action.SAME_AS_EARLIER_ROW);
        }
        Set<UUID> unchangedInTheEnd = new HashSet<>();
        for (Map.Entry<UUID, PersonDetails> person : leftAs.entrySet()) {
            Person before = stored.get(person.getKey());
            if (person.getValue().equals(before.details())) {
                unchangedInTheEnd.add(before.id());
            } else {
                persons.update(before, person.getValue(), reason).orElseThrow(() -> new ConcurrentPersonChange(before.id()));
                counts.personUpdated(before.id());
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            UUID id = resolver.personOf(batch.get(i));
            ImportReport.Action action = actions.get(i);
            if (action == ImportReport.Action.UPDATED && unchangedInTheEnd.contains(id)) {
                action = ImportReport.Action.UNCHANGED;
            }
            if (action == ImportReport.Action.CREATED) {
                counts.created++;
            } else if (action != ImportReport.Action.UPDATED) {
                counts.unchanged++;
            }
            counts.record(batch.get(i), action, id);
        }
    }
}
