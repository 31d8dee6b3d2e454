package org.sira.casework;

import org.sira.casework.internal.CaseStatus;
import org.sira.casework.internal.Fields;
import org.sira.casework.internal.PlanStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.security.UserAccounts;
import org.sira.shared.ConflictException;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.RefusedInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case plan: what was promised to a person and what became of it. Items are added and moved
 * on while the case is not closed; a closed case's plan is only read. A done or dropped item stays
 * so (a change of mind is a new item, so the record shows both). Every write is audited.
 */
@Service
public class CasePlans {

    static final int MAX_GOAL = 300;
    static final int MAX_ACTION = 1000;
    static final int MAX_PARTNER = 200;
    static final int MAX_NOTE = 1000;

    private final PlanStore store;
    private final Cases cases;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    CasePlans(PlanStore store, Cases cases, UserAccounts accounts, AuditLog audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Recorded<PlanItemView> add(UUID caseId, PlanItemInput input) {
        CaseView kase = writable(cases.find(caseId));
        List<FieldError> errors = new ArrayList<>();
        UUID requestId = Fields.requestId(input.requestId(), "requestId", errors);
        String goal = required("goal", input.goal(), MAX_GOAL, errors);
        String action = required("action", input.action(), MAX_ACTION, errors);
        String assignee = Fields.text(input.assignee());
        String partner = Fields.text(input.partner());
        if ((assignee == null) == (partner == null)) {
            errors.add(new FieldError("assignee", "plan.who.one"));
        } else if (assignee != null && accounts.findByUsername(assignee).isEmpty()) {
            errors.add(new FieldError("assignee", "case.caseworker.unknown", assignee.length() > 40 ? assignee.substring(0, 40) : assignee));
        }
        FieldError.checkLength("partner", partner, MAX_PARTNER, errors);
        LocalDate due = input.due() == null || input.due().isBlank() ? null : Fields.date(input.due(), "due", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (requestId != null) {
            Optional<PlanItemView> earlier = store.findItem(requestId);
            if (earlier.isPresent()) {
                return repeated(earlier.get(), earlier.get().caseId(), caseId);
            }
        }
        OffsetDateTime now = now();
        String by = CurrentUser.name();
        UUID id = requestId == null ? Ids.newId() : requestId;
        try {
            store.insertItem(new PlanItemView(id, kase.id(), goal, action, assignee, partner, due, PlanItemStatus.PLANNED,
                    null, now, by, now, by, 0));
        } catch (DuplicateKeyException sameRequestMeanwhile) {
            throw new ConflictException("casework.request.racing");
        }
        audit.record("CREATE", "PLAN_ITEM", id.toString(), null, "case " + caseId + ", " + goal + ", by " + (assignee != null ? assignee : partner));
        return new Recorded<>(store.findItem(id).orElseThrow(), false);
    }

    /** A status change and/or a new date, on the version the caller saw; final items refuse any change. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public PlanItemView change(UUID itemId, PlanItemChange input) {
        PlanItemView before = find(itemId);
        writable(cases.find(before.caseId()));
        List<FieldError> errors = new ArrayList<>();
        if (input.version() == null) {
            errors.add(new FieldError("version", "error.required"));
        }
        PlanItemStatus next = input.status() == null || input.status().isBlank() ? null
                : Fields.choice(PlanItemStatus.class, input.status(), "status", errors);
        String note = Fields.text(input.note());
        FieldError.checkLength("note", note, MAX_NOTE, errors);
        LocalDate due = input.due() == null || input.due().isBlank() ? null : Fields.date(input.due(), "due", errors);
        if (errors.isEmpty() && next == null && due == null) {
            errors.add(new FieldError("status", "plan.change.empty"));
        }
        if (next == PlanItemStatus.DROPPED && note == null) {
            errors.add(new FieldError("note", "plan.dropped.reason"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (input.version() != before.version()) {
            throw new StaleRecordException("PLAN_ITEM", itemId, before);
        }
        if (before.status().isFinal()) {
            throw new DomainException("plan.item.final", before.status());
        }
        if (next != null && !before.status().mayBecome(next)) {
            throw new DomainException("plan.status.not-allowed", before.status(), next);
        }
        PlanItemStatus status = next == null ? before.status() : next;
        String statusNote = next == null ? before.statusNote() : note;
        if (!store.saveItem(itemId, before.version(), status, statusNote, due == null ? before.due() : due, now(), CurrentUser.name())) {
            throw new StaleRecordException("PLAN_ITEM", itemId, store.findItem(itemId).orElse(before));
        }
        audit.record("UPDATE", "PLAN_ITEM", itemId.toString(), before.status().name(),
                status + (due == null ? "" : ", due " + due) + (note == null ? "" : ", note"));
        return store.findItem(itemId).orElseThrow();
    }

    /** An item of a case the reader may see; any other is not found, as an item. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public PlanItemView find(UUID itemId) {
        PlanItemView item = store.findItem(itemId).orElseThrow(() -> new NotFoundException("PLAN_ITEM", itemId));
        try {
            cases.find(item.caseId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("PLAN_ITEM", itemId);
        }
        return item;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<PlanItemView> of(UUID caseId) {
        cases.find(caseId);
        return store.itemsOf(caseId);
    }

    /** The case, if the reader may see it and it is not closed (a closed case's records are only read). */
    static CaseView writable(CaseView kase) {
        if (kase.status() == CaseStatus.CLOSED) {
            throw new DomainException("case.status.not-allowed", kase.status());
        }
        return kase;
    }

    static String required(String field, String value, int max, List<FieldError> errors) {
        String text = Fields.text(value);
        if (text == null) {
            errors.add(new FieldError(field, "error.required"));
        }
        FieldError.checkLength(field, text, max, errors);
        return text;
    }

    /** The first submission's record; a request id already used for another case is refused. */
    static <T> Recorded<T> repeated(T earlier, UUID earlierCase, UUID caseId) {
        if (!earlierCase.equals(caseId)) {
            throw RefusedInputException.of("requestId", "casework.request-id.used");
        }
        return new Recorded<>(earlier, true);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
