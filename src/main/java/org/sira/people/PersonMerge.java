package org.sira.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.sira.people.internal.PersonStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.DomainException;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one person, and undoing it. The merged record is voided, never
 * deleted; every record that moved is noted, so the undo moves back exactly those.
 */
@Service
public class PersonMerge {

    private final JdbcClient jdbc;
    private final PersonRegistry registry;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonStore store;
    private final PersonVisibility visibility;

    PersonMerge(JdbcClient jdbc, PersonRegistry registry, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                PersonStore store, PersonVisibility visibility) {
        this.store = store;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record Merge(UUID id, UUID keptId, UUID mergedId, String mergedFileNumber, String mergedBy,
                        OffsetDateTime mergedAt, boolean undone) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Merge merge(UUID keptId, UUID mergedId) {
        if (mergedId == null) {
            throw InvalidInputException.of("mergedId", "error.required");
        }
        if (keptId.equals(mergedId)) {
            throw InvalidInputException.of("mergedId", "merge.same-person");
        }
        registry.find(keptId);
        registry.find(mergedId);
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO person_merge (id, kept_id, merged_id, merged_by, merged_at) VALUES (:id, :kept, :merged, :by, :at)")
                .param("id", id).param("kept", keptId).param("merged", mergedId).param("by", CurrentUser.name())
                .param("at", OffsetDateTime.now(clock)).update();
        int voided = jdbc.sql("UPDATE person SET voided = TRUE, merged_into = :kept, version = version + 1 WHERE id = :id AND voided = FALSE")
                .param("kept", keptId).param("id", mergedId).update();
        if (voided == 0) {
            throw new NotFoundException("PERSON", mergedId);
        }
        events.publishEvent(new PersonsMerged(id, keptId, mergedId));
        events.publishEvent(new PersonsChanged(List.of(keptId, mergedId)));
        audit.record("MERGE", "PERSON", keptId.toString(), null, "merged " + mergedId + " (merge " + id + ")");
        return find(id);
    }

    /** Merges the record with the given file number into the kept one. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Merge mergeFileNumber(UUID keptId, String fileNumber) {
        String number = fileNumber == null ? "" : fileNumber.strip().toUpperCase(java.util.Locale.ROOT);
        UUID mergedId = store.findIdByFileNumber(number).filter(visibility::maySee)
                .orElseThrow(() -> InvalidInputException.of("fileNumber", "merge.no-such-file", number.length() > 30 ? number.substring(0, 30) : number));
        return merge(keptId, mergedId);
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Merge undo(UUID mergeId) {
        Merge merge = find(mergeId);
        if (merge.undone()) {
            throw new DomainException("merge.already-undone");
        }
        registry.find(merge.keptId());
        jdbc.sql("UPDATE person_merge SET undone_by = :by, undone_at = :at WHERE id = :id")
                .param("by", CurrentUser.name()).param("at", OffsetDateTime.now(clock)).param("id", mergeId).update();
        jdbc.sql("UPDATE person SET voided = FALSE, merged_into = NULL, version = version + 1 WHERE id = :id")
                .param("id", merge.mergedId()).update();
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
        List<Merge> merges = jdbc.sql(SELECT + " WHERE m.kept_id = :kept AND " + visibility.visiblePerson("p") + " ORDER BY m.merged_at DESC")
                .param("kept", keptId).query(PersonMerge::merge).list();
        visibility.recordReads(merges.stream().map(Merge::mergedId).toList());
        return merges;
    }

    /** A merge both of whose records the reader may see; any other is not found. */
    @Transactional(readOnly = true)
    public Merge find(UUID mergeId) {
        return jdbc.sql(SELECT + " WHERE m.id = :id AND " + visibility.visiblePerson("p") + " AND " + visibility.visiblePersonId("m.kept_id"))
                .param("id", mergeId).query(PersonMerge::merge).optional()
                .orElseThrow(() -> new NotFoundException("MERGE", mergeId));
    }

    /**
     * Moves the rows of another module's {@code table} (with columns {@code id} and {@code person_id})
     * from the merged person to the kept one, in the merge's transaction, and remembers them under
     * {@code recordType} so that {@link #moveRecordsBack} returns exactly those.
     */
    @Transactional
    public void moveRecords(PersonsMerged event, String table, String recordType) {
        List<UUID> ids = jdbc.sql("SELECT id FROM " + table + " WHERE person_id = :merged").param("merged", event.mergedId())
                .query(UUID.class).list();
        for (UUID id : ids) {
            jdbc.sql("INSERT INTO merge_moved_record (merge_id, record_type, record_id) VALUES (:m, :t, :r)")
                    .param("m", event.mergeId()).param("t", recordType).param("r", id).update();
        }
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE " + table + " SET person_id = :kept WHERE id IN (:ids)").param("kept", event.keptId()).param("ids", ids).update();
        }
    }

    /** Undoing a merge: the rows {@link #moveRecords} moved go back to the merged person. */
    @Transactional
    public void moveRecordsBack(PersonsUnmerged event, String table, String recordType) {
        List<UUID> moved = jdbc.sql("SELECT record_id FROM merge_moved_record WHERE merge_id = :m AND record_type = :t")
                .param("m", event.mergeId()).param("t", recordType).query(UUID.class).list();
        if (!moved.isEmpty()) {
            jdbc.sql("UPDATE " + table + " SET person_id = :merged WHERE id IN (:ids)")
                    .param("merged", event.mergedId()).param("ids", moved).update();
        }
    }

    private static final String SELECT = """
            SELECT m.*, p.file_number FROM person_merge m JOIN person p ON p.id = m.merged_id""";

    private static Merge merge(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Merge(rs.getObject("id", UUID.class), rs.getObject("kept_id", UUID.class),
                rs.getObject("merged_id", UUID.class), rs.getString("file_number"), rs.getString("merged_by"),
                rs.getObject("merged_at", OffsetDateTime.class), rs.getObject("undone_at") != null);
    }
}
