package org.sira.casework;

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
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services the organisation gave a person within a case, as they are given: recorded while the
 * case is not closed, never changed afterwards; each is audited.
 */
@Service
public class CaseServices {

    static final int MAX_NOTE = 500;

    private final PlanStore store;
    private final Cases cases;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    CaseServices(PlanStore store, Cases cases, UserAccounts accounts, AuditLog audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Recorded<ServiceView> record(UUID caseId, ServiceInput input) {
        CasePlans.writable(cases.find(caseId));
        List<FieldError> errors = new ArrayList<>();
        UUID requestId = Fields.requestId(input.requestId(), "requestId", errors);
        ServiceKind kind = Fields.choice(ServiceKind.class, input.kind(), "kind", errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate givenOn = input.givenOn() == null || input.givenOn().isBlank() ? today : Fields.date(input.givenOn(), "givenOn", errors);
        if (givenOn != null && givenOn.isAfter(today)) {
            errors.add(new FieldError("givenOn", "service.given-on.future"));
        }
        String givenBy = Fields.text(input.givenBy()) == null ? CurrentUser.name() : input.givenBy().strip();
        if (accounts.findByUsername(givenBy).isEmpty()) {
            errors.add(new FieldError("givenBy", "case.caseworker.unknown", givenBy.length() > 40 ? givenBy.substring(0, 40) : givenBy));
        }
        String note = Fields.text(input.note());
        FieldError.checkLength("note", note, MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (requestId != null) {
            Optional<ServiceView> earlier = store.findService(requestId);
            if (earlier.isPresent()) {
                return CasePlans.repeated(earlier.get(), earlier.get().caseId(), caseId);
            }
        }
        UUID id = requestId == null ? Ids.newId() : requestId;
        try {
            store.insertService(new ServiceView(id, caseId, kind, givenOn, givenBy, note, now(), CurrentUser.name()));
        } catch (DuplicateKeyException sameRequestMeanwhile) {
            throw new ConflictException("casework.request.racing");
        }
        audit.record("CREATE", "CASE_SERVICE", id.toString(), null, "case " + caseId + ", " + kind + " on " + givenOn + " by " + givenBy);
        return new Recorded<>(store.findService(id).orElseThrow(), false);
    }

    /** The services given within a case, the latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<ServiceView> of(UUID caseId) {
        cases.find(caseId);
        return store.servicesOf(caseId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
