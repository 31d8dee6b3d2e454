package org.sira.casework;

import org.sira.casework.internal.CaseFile;
import org.sira.casework.internal.CaseStatus;
import org.sira.casework.internal.Fields;
import org.sira.casework.internal.Priority;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.sira.casework.internal.CaseStore;
import org.sira.people.PersonRegistry;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.security.Permission;
import org.sira.security.UserAccounts;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.StaleRecordException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: one not closed per person, with a responsible caseworker and a needs assessment; closed
 * when a coordinator approves a closure someone asked for. Every change is audited.
 */
@Service
public class Cases {

    static final int MAX_NOTE = 1000;

    private final CaseStore store;
    private final PersonRegistry persons;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Cases(CaseStore store, PersonRegistry persons, UserAccounts accounts, AuditLog audit, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public CaseView open(UUID personId, CaseInput input) {
        persons.find(personId);
        String caseworker = input.caseworker() == null || input.caseworker().isBlank() ? CurrentUser.name() : input.caseworker().strip();
        if (accounts.findByUsername(caseworker).isEmpty()) {
            throw InvalidInputException.of("caseworker", "case.caseworker.unknown", caseworker);
        }
        if (store.ofPerson(personId).stream().anyMatch(c -> c.status() != CaseStatus.CLOSED)) {
            throw new DomainException("case.already-open");
        }
        UUID id = Ids.newId();
        try {
            store.insert(id, personId, caseworker, now(), CurrentUser.name());
        } catch (DuplicateKeyException openedMeanwhile) {
            throw new DomainException("case.already-open");
        }
        audit.record("CREATE", "CASE", id.toString(), null, "person " + personId + ", caseworker " + caseworker);
        return store.find(id).orElseThrow();
    }

    /** A case whose person the reader may see; any other is not found, as a case. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public CaseView find(UUID caseId) {
        CaseView found = store.find(caseId).orElseThrow(() -> new NotFoundException("CASE", caseId));
        try {
            persons.find(found.personId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("CASE", caseId);
        }
        return found;
    }

    /** A person's cases, the latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<CaseView> of(UUID personId) {
        persons.find(personId);
        return store.ofPerson(personId);
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public CaseView hold(UUID caseId) {
        return change(caseId, "HOLD", CaseFile::hold);
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public CaseView resume(UUID caseId) {
        return change(caseId, "RESUME", CaseFile::resume);
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public CaseView requestClosure(UUID caseId, ClosureInput input) {
        String by = CurrentUser.name();
        return change(caseId, "CLOSURE_REQUEST", c -> c.requestClosure(input.reason(), by));
    }

    /** Closes the case: for a coordinator alone, and only a closure someone asked for. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public CaseView approveClosure(UUID caseId) {
        String by = CurrentUser.name();
        boolean mayApprove = CurrentUser.may(Permission.CASE_CLOSE_APPROVE);
        return change(caseId, "CLOSE", c -> c.approveClosure(by, mayApprove));
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public CaseView assessNeeds(UUID caseId, NeedsInput input) {
        CaseView before = find(caseId);
        if (before.status() == CaseStatus.CLOSED) {
            throw new DomainException("case.status.not-allowed", before.status());
        }
        List<FieldError> errors = new ArrayList<>();
        List<CaseStore.NeedRow> rows = new ArrayList<>();
        Set<Need> seen = new HashSet<>();
        List<NeedsInput.Item> items = input.needs() == null ? List.of() : input.needs();
        for (int i = 0; i < items.size(); i++) {
            NeedsInput.Item item = items.get(i);
            String field = "needs[" + i + "]";
            Need need = Fields.choice(Need.class, item.need(), field + ".need", errors);
            Priority priority = Fields.choice(Priority.class, item.priority(), field + ".priority", errors);
            String note = Fields.text(item.note());
            FieldError.checkLength(field + ".note", note, MAX_NOTE, errors);
            if (need != null && !seen.add(need)) {
                errors.add(new FieldError(field + ".need", "case.need.repeated", need));
            }
            if (need != null && priority != null) {
                rows.add(new CaseStore.NeedRow(need, priority, note));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.replaceNeeds(caseId, rows, now(), CurrentUser.name());
        audit.record("ASSESS_NEEDS", "CASE", caseId.toString(), null,
                rows.stream().map(r -> r.need() + ":" + r.priority()).toList().toString());
        return store.find(caseId).orElseThrow();
    }

    private CaseView change(UUID caseId, String action, Consumer<CaseFile> verb) {
        CaseView before = find(caseId);
        CaseFile file = CaseFile.of(before);
        verb.accept(file);
        CaseStore.CaseChange change = new CaseStore.CaseChange(file.status(), before.caseworker(), file.closureReason(),
                file.closureRequestedBy(), file.closureApprovedBy());
        if (!store.save(caseId, before.version(), change, now(), CurrentUser.name())) {
            throw new StaleRecordException("CASE", caseId, store.find(caseId).orElse(before));
        }
        audit.record(action, "CASE", caseId.toString(), before.status().name(),
                file.status() + (file.closureReason() == null ? "" : ", reason: " + file.closureReason()));
        return store.find(caseId).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
