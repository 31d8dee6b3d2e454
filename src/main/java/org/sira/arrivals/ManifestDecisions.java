package org.sira.arrivals;

import org.sira.arrivals.internal.ManifestRow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sira.arrivals.internal.ManifestRowStore;
import org.sira.people.PersonMatching;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding the staged rows of a manifest: a team leader says who each doubtful row is and accepts
 * the confident ones in one go. The row's verbs say which decisions are allowed; here each is
 * claimed over the row's version, so two reviewers cannot decide the same row twice, and carried
 * out with its person and return in one transaction.
 */
@Service
public class ManifestDecisions {

    private final ManifestRowStore store;
    private final Manifests manifests;
    private final PersonMatching matching;
    private final PersonRegistry persons;
    private final ArrivalGroups groups;
    private final AuditLog audit;
    private final Clock clock;
    private final PersonVisibility visibility;

    ManifestDecisions(ManifestRowStore store, Manifests manifests, PersonMatching matching, PersonRegistry persons,
                      ArrivalGroups groups, AuditLog audit, Clock clock, PersonVisibility visibility) {
        this.store = store;
        this.manifests = manifests;
        this.matching = matching;
        this.persons = persons;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
        this.visibility = visibility;
    }

    /** "Same person": the row is this known person, completed by what the row says; their return with the group is added. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow sameAs(UUID groupId, UUID rowId, int version, UUID personId) {
        ManifestRow linked = claimed(groupId, rowId, version).linkTo(personId, CurrentUser.name());
        // What tonight's list says (a new phone, a commune) completes the person, in this transaction.
        persons.completeWith(personId, linked.person().input(), "manifest-row-" + linked.id());
        if (!groups.isRegistered(groupId, personId)) {
            groups.registerReturn(groupId, personId);
        }
        return saved(linked);
    }

    /** "New person": registered from the row, with their return. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow newPerson(UUID groupId, UUID rowId, int version) {
        ManifestRow row = claimed(groupId, rowId, version);
        // Asked again now, as the system sees it: she may have been registered since the list was staged.
        Set<UUID> known = new HashSet<>();
        matching.allCandidates(row.person().matchRecord("row-" + row.row())).forEach(c -> known.add(c.personId()));
        if (!visibility.hiddenAmong(known).isEmpty()) {
            throw new DomainException("manifest.row.reserved");
        }
        UUID personId = persons.register(row.person().input(), Optional.of("manifest-row-" + row.id() + "-" + row.version())).person().id();
        groups.registerReturn(groupId, personId);
        return saved(row.registerAsNew(personId, CurrentUser.name()));
    }

    /** "Same as row n": the row repeats another row of the manifest, already decided. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow sameAsRow(UUID groupId, UUID rowId, int version, int otherRow) {
        ManifestRow row = claimed(groupId, rowId, version);
        ManifestRow other = store.ofGroup(groupId).stream().filter(r -> r.row() == otherRow && r.row() != row.row()).findFirst()
                .orElseThrow(() -> InvalidInputException.of("row", "manifest.row.unknown", otherRow));
        return saved(row.markDuplicateOf(other, CurrentUser.name()));
    }

    /** Rows confident enough to link after a glance (see {@link ManifestRow#confident}). */
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
     * The row, claimed for this decision before anything else is written: a second reviewer's
     * claim waits for the first decision to commit, then finds the version moved on (409), rather
     * than tripping over the return the first one added.
     */
    private ManifestRow claimed(UUID groupId, UUID rowId, int version) {
        ManifestRow row = manifests.systemRow(groupId, rowId);
        if (row.status() != ManifestRow.Status.PENDING || row.version() != version) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, manifests.row(groupId, rowId));
        }
        if (manifests.row(groupId, rowId).reserved()) {
            throw new DomainException("manifest.row.reserved");
        }
        if (!store.claim(rowId, version)) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, manifests.row(groupId, rowId));
        }
        return row;
    }

    private ManifestRow saved(ManifestRow decided) {
        store.saveDecision(decided, OffsetDateTime.now(clock));
        audit.record("DECIDE", "MANIFEST_ROW", decided.id().toString(), null, decided.status() + " person=" + decided.personId());
        return manifests.row(decided.groupId(), decided.id());
    }
}
