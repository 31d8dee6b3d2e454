package org.sira.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.sira.people.internal.MergeStore;
import org.sira.people.internal.PersonLookups;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.DomainException;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one person, and undoing it. The merged record is voided, never
 * deleted; each module moves its own records in its listener of {@link PersonsMerged} and
 * notes them, so that the undo ({@link PersonsUnmerged}) moves back exactly those.
 */
@Service
public class PersonMerge {

    private final MergeStore merges;
    private final PersonRegistry registry;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonLookups lookups;
    private final PersonVisibility visibility;

    PersonMerge(MergeStore merges, PersonRegistry registry, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                PersonLookups lookups, PersonVisibility visibility) {
        this.merges = merges;
        this.registry = registry;
        this.lookups = lookups;
        this.visibility = visibility;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Two records found to be one person: {@code merged} is voided into {@code kept}. Its checks are
     * the verbs': no record merged into itself, into a record merged away, or merged twice.
     */
    public record Merge(UUID id, UUID keptId, UUID mergedId, String mergedFileNumber, String mergedBy,
                        OffsetDateTime mergedAt, boolean undone) {

        static Merge of(UUID id, MergeStore.Standing kept, MergeStore.Standing merged, String by, OffsetDateTime at) {
            if (kept.id().equals(merged.id())) {
                throw InvalidInputException.of("mergedId", "merge.same-person");
            }
            if (kept.mergedInto() != null) {
                throw new DomainException("merge.into-merged", kept.fileNumber());
            }
            if (merged.mergedInto() != null) {
                throw new DomainException("merge.already-merged", merged.fileNumber());
            }
            return new Merge(id, kept.id(), merged.id(), merged.fileNumber(), by, at, false);
        }

        /**
         * This merge undone: once, and only while its kept record still stands, so that a chain of
         * merges is undone from its last one back.
         */
        Merge undone(MergeStore.Standing kept) {
            if (undone) {
                throw new DomainException("merge.already-undone");
            }
            if (kept.mergedInto() != null) {
                throw new DomainException("merge.undo.not-last", kept.fileNumber());
            }
            return new Merge(id, keptId, mergedId, mergedFileNumber, mergedBy, mergedAt, true);
        }
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Merge merge(UUID keptId, UUID mergedId) {
        if (mergedId == null) {
            throw InvalidInputException.of("mergedId", "error.required");
        }
        Merge merge = Merge.of(Ids.newId(), standing(keptId), standing(mergedId), CurrentUser.name(), OffsetDateTime.now(clock));
        if (!merges.insert(merge)) {
            throw new NotFoundException("PERSON", mergedId);
        }
        // Each module moves its own records in its listener, in this transaction: a failed move undoes the merge.
        events.publishEvent(new PersonsMerged(merge.id(), keptId, mergedId));
        events.publishEvent(new PersonsChanged(List.of(keptId, mergedId)));
        audit.record("MERGE", "PERSON", keptId.toString(), null, "merged " + mergedId + " (merge " + merge.id() + ")");
        return find(merge.id());
    }

    /** Merges the record with the given file number into the kept one. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Merge mergeFileNumber(UUID keptId, String fileNumber) {
        String number = fileNumber == null ? "" : fileNumber.strip().toUpperCase(java.util.Locale.ROOT);
        UUID mergedId = lookups.findIdByFileNumber(number).filter(visibility::maySee)
                .orElseThrow(() -> InvalidInputException.of("fileNumber", "merge.no-such-file", number.length() > 30 ? number.substring(0, 30) : number));
        return merge(keptId, mergedId);
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Merge undo(UUID mergeId) {
        Merge found = find(mergeId);
        Merge merge = found.undone(standing(found.keptId()));
        merges.undo(mergeId, merge.mergedId(), CurrentUser.name(), OffsetDateTime.now(clock));
        events.publishEvent(new PersonsUnmerged(mergeId, merge.keptId(), merge.mergedId()));
        events.publishEvent(new PersonsChanged(List.of(merge.keptId(), merge.mergedId())));
        audit.record("UNMERGE", "PERSON", merge.keptId().toString(), null, "restored " + merge.mergedId() + " (merge " + mergeId + ")");
        return find(mergeId);
    }

    /**
     * The merges into a person the reader may see (an unknown or invisible one is not found), newest
     * first; a merged record the reader may not see is left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<Merge> into(UUID keptId) {
        registry.find(keptId);
        List<Merge> into = merges.into(keptId, visibility.visiblePerson("p"));
        visibility.recordReads(into.stream().map(Merge::mergedId).toList());
        return into;
    }

    /** A merge both of whose records the reader may see; any other is not found. */
    @Transactional(readOnly = true)
    public Merge find(UUID mergeId) {
        return merges.find(mergeId, visibility.visiblePerson("p") + " AND " + visibility.visiblePersonId("m.kept_id"))
                .orElseThrow(() -> new NotFoundException("MERGE", mergeId));
    }

    /** A record the reader may see, merged away or not; any other is not found. */
    private MergeStore.Standing standing(UUID personId) {
        return merges.standing(personId).filter(s -> visibility.maySee(personId))
                .orElseThrow(() -> new NotFoundException("PERSON", personId));
    }
}
