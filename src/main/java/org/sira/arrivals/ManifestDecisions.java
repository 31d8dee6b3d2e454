package org.sira.arrivals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sira.people.PersonInput;
import org.sira.people.PersonMatching;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding the staged rows of a manifest: a team leader says who each doubtful row is and accepts
 * the confident ones in one go. Decisions check the row's version, so two reviewers cannot decide
 * the same row twice.
 */
@Service
public class ManifestDecisions {

    private final JdbcClient jdbc;
    private final Manifests manifests;
    private final PersonMatching matching;
    private final PersonRegistry persons;
    private final ArrivalGroups groups;
    private final AuditLog audit;
    private final Clock clock;
    private final PersonVisibility visibility;

    ManifestDecisions(JdbcClient jdbc, Manifests manifests, PersonMatching matching, PersonRegistry persons,
                      ArrivalGroups groups, AuditLog audit, Clock clock, PersonVisibility visibility) {
        this.jdbc = jdbc;
        this.manifests = manifests;
        this.matching = matching;
        this.persons = persons;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
        this.visibility = visibility;
    }

    /** "Same person": the row is this known person; their return with the group is added. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow sameAs(UUID groupId, UUID rowId, int version, UUID personId) {
        ManifestRow row = pending(groupId, rowId, version);
        // What tonight's list says (a new phone, a commune) completes the person, in this transaction.
        persons.completeWith(personId, input(row), "manifest-row-" + row.id());
        if (!groups.isRegistered(groupId, personId)) {
            groups.registerReturn(groupId, personId);
        }
        return decide(row, ManifestRow.Status.LINKED, personId);
    }

    /** "New person": registered from the row, with their return. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow newPerson(UUID groupId, UUID rowId, int version) {
        ManifestRow row = pending(groupId, rowId, version);
        // Asked again now, as the system sees it: she may have been registered since the list was staged.
        Set<UUID> known = new HashSet<>();
        matching.allCandidates(Manifests.matchRecord("row-" + row.row(), row)).forEach(c -> known.add(c.personId()));
        if (!visibility.hiddenAmong(known).isEmpty()) {
            throw new DomainException("manifest.row.reserved");
        }
        UUID personId = persons.register(input(row), Optional.of("manifest-row-" + row.id())).person().id();
        groups.registerReturn(groupId, personId);
        return decide(row, ManifestRow.Status.NEW_PERSON, personId);
    }

    /** The person as the row describes them, as a form would send it. */
    private static PersonInput input(ManifestRow row) {
        return new PersonInput(row.familyName(), row.givenNames(), null, row.sex(),
                row.birthDate() == null ? null : row.birthDate().toString(), row.birthPrecision(), row.fatherGivenName(),
                row.motherName(), row.originRegion(), row.originCommune(), null, row.phone(), null, null,
                row.documentNumber(), List.of(), List.of(), null, null, List.of(), row.externalRef(), false, null);
    }

    /** "Same as row n": the row repeats another row of the manifest, already decided. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow sameAsRow(UUID groupId, UUID rowId, int version, int otherRow) {
        ManifestRow row = pending(groupId, rowId, version);
        ManifestRow other = manifests.systemRows(groupId).stream().filter(r -> r.row() == otherRow && r.row() != row.row()).findFirst()
                .orElseThrow(() -> InvalidInputException.of("row", "manifest.row.unknown", otherRow));
        if (other.personId() == null) {
            throw InvalidInputException.of("row", "manifest.row.undecided", otherRow);
        }
        return decide(row, ManifestRow.Status.DUPLICATE, other.personId());
    }

    /** Rows confident enough to link after a glance: one MATCH candidate, and no other row like them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<ManifestRow> confident(UUID groupId) {
        return manifests.rows(groupId).stream().filter(ManifestRow::confident).toList();
    }

    /** Links every confident row to its match; returns how many. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public int acceptConfident(UUID groupId) {
        List<ManifestRow> confident = confident(groupId);
        for (ManifestRow row : confident) {
            sameAs(groupId, row.id(), row.version(), row.candidates().get(0).personId());
        }
        return confident.size();
    }

    /**
     * Registers, as new persons with the group's return, the undecided rows that have no candidate
     * as the system sees them (whatever the caller may see: a protected person is never registered
     * twice), no row like them and no error; returns how many. A second call registers nothing new.
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public int registerNew(UUID groupId) {
        groups.find(groupId);
        int registered = 0;
        for (ManifestRow row : manifests.systemRows(groupId)) {
            boolean nobodyKnown = row.status() == ManifestRow.Status.PENDING && row.candidates().isEmpty()
                    && row.sameAsRow() == null && row.errors().isEmpty()
                    && matching.allCandidates(Manifests.matchRecord("row-" + row.row(), row)).isEmpty();
            if (nobodyKnown) {
                newPerson(groupId, row.id(), row.version());
                registered++;
            }
        }
        return registered;
    }

    /**
     * The row, claimed for this decision before anything else is written: a second reviewer's
     * claim waits for the first decision to commit, then finds the version moved on (409), rather
     * than tripping over the return the first one added.
     */
    private ManifestRow pending(UUID groupId, UUID rowId, int version) {
        ManifestRow row = manifests.systemRow(groupId, rowId);
        if (row.status() != ManifestRow.Status.PENDING || row.version() != version) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, manifests.row(groupId, rowId));
        }
        if (manifests.row(groupId, rowId).reserved()) {
            throw new DomainException("manifest.row.reserved");
        }
        int claimed = jdbc.sql("UPDATE manifest_row SET version = version + 1 WHERE id = :id AND version = :version AND status = 'PENDING'")
                .param("id", rowId).param("version", version).update();
        if (claimed == 0) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, manifests.row(groupId, rowId));
        }
        return row;
    }

    private ManifestRow decide(ManifestRow row, ManifestRow.Status status, UUID personId) {
        jdbc.sql("UPDATE manifest_row SET status = :status, person_id = :person, decided_by = :by, decided_at = :at WHERE id = :id")
                .param("status", status.name()).param("person", personId).param("by", CurrentUser.name())
                .param("at", OffsetDateTime.now(clock)).param("id", row.id()).update();
        audit.record("DECIDE", "MANIFEST_ROW", row.id().toString(), null, status + " person=" + personId);
        return manifests.row(row.groupId(), row.id());
    }
}
