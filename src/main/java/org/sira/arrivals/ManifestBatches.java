package org.sira.arrivals;

import org.sira.arrivals.internal.ManifestBatch;
import org.sira.arrivals.internal.ManifestRow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sira.arrivals.internal.ManifestBatchStore;
import org.sira.arrivals.internal.ManifestRowStore;
import org.sira.arrivals.internal.ReturnStore;
import org.sira.people.PersonMatching;
import org.sira.people.PersonWithdrawal;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.DomainException;
import org.sira.shared.Ids;
import org.sira.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Register all new" of a manifest, in one action and one transaction, and its undo within the
 * night: the same day, the persons it registered lose tonight's return and are voided, and their
 * rows wait for a decision again.
 */
@Service
public class ManifestBatches {

    private final ManifestRowStore rows;
    private final ManifestBatchStore batches;
    private final ReturnStore returns;
    private final ManifestDecisions decisions;
    private final PersonMatching matching;
    private final PersonWithdrawal withdrawal;
    private final ArrivalGroups groups;
    private final AuditLog audit;
    private final Clock clock;

    ManifestBatches(ManifestRowStore rows, ManifestBatchStore batches, ReturnStore returns, ManifestDecisions decisions,
                    PersonMatching matching, PersonWithdrawal withdrawal, ArrivalGroups groups, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.batches = batches;
        this.returns = returns;
        this.decisions = decisions;
        this.matching = matching;
        this.withdrawal = withdrawal;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers, as new persons with the group's return, the undecided rows that have no candidate
     * as the system sees them (whatever the caller may see: a protected person is never registered
     * twice), no row like them and no error. A second call registers nothing new.
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestBatch registerNew(UUID groupId) {
        groups.find(groupId);
        List<ManifestRow> nobodyKnown = rows.ofGroup(groupId).stream()
                .filter(row -> row.unknown() && row.errors().isEmpty()
                        && matching.allCandidates(row.person().matchRecord("row-" + row.row())).isEmpty())
                .toList();
        ManifestBatch batch = new ManifestBatch(Ids.newId(), groupId, OffsetDateTime.now(clock), CurrentUser.name(), nobodyKnown.size());
        if (nobodyKnown.isEmpty()) {
            return batch;
        }
        batches.insert(batch);
        for (ManifestRow row : nobodyKnown) {
            decisions.newPerson(groupId, row.id(), row.version());
            batches.markRow(row.id(), batch.id());
        }
        audit.record("REGISTER_NEW", "ARRIVAL_GROUP", groupId.toString(), null, "batch=" + batch.id() + " persons=" + batch.persons());
        return batch;
    }

    /** The group's last "register all new" that may still be undone: not undone, and registered today. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public Optional<ManifestBatch> undoable(UUID groupId) {
        return batches.latestLive(groupId).filter(this::tonight);
    }

    /**
     * Undoes the batch: exactly its persons' returns with the group are removed and those persons
     * voided, audited; their rows are pending again. Refused the next day, and when one of its
     * persons has been given another return since (someone relied on the record).
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public int undo(UUID groupId, UUID batchId) {
        ManifestBatch batch = batches.latestLive(groupId).filter(b -> b.id().equals(batchId))
                .orElseThrow(() -> new NotFoundException("MANIFEST_BATCH", batchId));
        if (!tonight(batch)) {
            throw new DomainException("manifest.batch.too-late");
        }
        List<UUID> persons = batches.persons(batchId);
        Set<UUID> registered = Set.copyOf(persons);
        List<PersonReturn> tonight = returns.ofGroup(groupId).stream().filter(r -> registered.contains(r.personId())).toList();
        Set<UUID> tonightsReturns = tonight.stream().map(PersonReturn::id).collect(Collectors.toSet());
        for (UUID person : persons) {
            if (returns.ofPerson(person).stream().anyMatch(r -> !tonightsReturns.contains(r.id()))) {
                throw new DomainException("manifest.batch.used-since");
            }
        }
        if (!batches.undo(batchId, OffsetDateTime.now(clock), CurrentUser.name())) {
            throw new NotFoundException("MANIFEST_BATCH", batchId);
        }
        for (PersonReturn r : tonight) {
            returns.voidReturn(r.id(), r.version(), OffsetDateTime.now(clock), CurrentUser.name());
            audit.record("REMOVE", "RETURN", r.id().toString(), null, "undo of batch " + batchId);
        }
        withdrawal.withdraw(persons, "undo of manifest batch " + batchId);
        int reopened = batches.reopenRows(batchId);
        audit.record("UNDO_REGISTER_NEW", "ARRIVAL_GROUP", groupId.toString(), "batch=" + batchId, "persons=" + persons.size());
        return reopened;
    }

    private boolean tonight(ManifestBatch batch) {
        return batch.registeredAt().atZoneSameInstant(clock.getZone()).toLocalDate().equals(LocalDate.now(clock));
    }
}
