package org.sira.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.casework.FollowUpView;
import org.sira.casework.FollowUps;
import org.sira.people.PersonRegistry;
import org.sira.programmes.Programmes;
import org.sira.reintegration.internal.BusinessStore;
import org.sira.reintegration.internal.Entries;
import org.sira.reintegration.internal.XofAmount;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.RefusedInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small business support: a plan, grants in cash or in kind charged to a project's budget line
 * (checked through the programmes module), and the business's status found at follow-ups.
 */
@Service
public class BusinessSupport {

    static final int MAX_ACTIVITY = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_GRANT_DESCRIPTION = 200;
    static final int MAX_NOTE = 1000;

    private final BusinessStore store;
    private final PersonRegistry persons;
    private final Programmes programmes;
    private final FollowUps followUps;
    private final AuditLog audit;
    private final Clock clock;

    BusinessSupport(BusinessStore store, PersonRegistry persons, Programmes programmes, FollowUps followUps, AuditLog audit, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.programmes = programmes;
        this.followUps = followUps;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Created<BusinessPlan> plan(UUID personId, BusinessPlanInput input) {
        persons.find(personId);
        List<FieldError> errors = new ArrayList<>();
        UUID id = Entries.id(input.requestId(), "requestId", false, errors);
        String activity = Entries.required(input.activity(), "activity", MAX_ACTIVITY, errors);
        EconomicSector sector = Entries.choice(EconomicSector.class, input.sector(), "sector", errors);
        String summary = Entries.text(input.summary(), "summary", MAX_SUMMARY, errors);
        LocalDate plannedOn = Entries.date(input.plannedOn(), "plannedOn", true, LocalDate.now(clock), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (id != null) {
            Optional<BusinessPlan> earlier = store.find(id);
            if (earlier.isPresent()) {
                return Created.repeated(earlier.get(), personId, BusinessPlan::personId, "requestId");
            }
        }
        BusinessPlan plan = new BusinessPlan(id == null ? Ids.newId() : id, personId, activity, sector, summary, plannedOn, null, null, 0,
                List.of(), List.of());
        store.insert(plan, now(), CurrentUser.name());
        audit.record("CREATE", "BUSINESS", plan.id().toString(), null, "person " + personId + ", " + sector + ", " + activity);
        return new Created<>(store.find(plan.id()).orElseThrow(), false);
    }

    /** A grant for the business, in whole XOF, charged to an existing budget line. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Created<BusinessPlan> grant(UUID personId, UUID businessId, GrantInput input) {
        BusinessPlan before = find(personId, businessId);
        List<FieldError> errors = new ArrayList<>();
        UUID id = Entries.id(input.requestId(), "requestId", false, errors);
        GrantKind kind = Entries.choice(GrantKind.class, input.kind(), "kind", errors);
        Long amount = XofAmount.read(input.amountXof(), input.currency(), "amountXof", errors);
        UUID line = Entries.id(input.projectLineId(), "projectLineId", true, errors);
        LocalDate on = Entries.date(input.grantedOn(), "grantedOn", true, LocalDate.now(clock), errors);
        String description = Entries.text(input.description(), "description", MAX_GRANT_DESCRIPTION, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (id != null && store.grantExists(id)) {
            return Created.repeated(before, personId, BusinessPlan::personId, "requestId");
        }
        if (!programmes.lineExists(line)) {
            throw RefusedInputException.of("projectLineId", "reintegration.grant.unknown-line", line);
        }
        BusinessPlan.Grant grant = new BusinessPlan.Grant(id == null ? Ids.newId() : id, kind, amount, line, on, description);
        takeVersion(before);
        store.insertGrant(businessId, personId, grant, now(), CurrentUser.name());
        audit.record("CREATE", "GRANT", grant.id().toString(), null,
                "business " + businessId + ", " + kind + " " + amount + " XOF, line " + line + ", " + on);
        return new Created<>(store.find(businessId).orElseThrow(), false);
    }

    /** The business's status found on a day, at a follow-up of the same person when one is named. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Created<BusinessPlan> noteStatus(UUID personId, UUID businessId, BusinessStatusInput input) {
        BusinessPlan before = find(personId, businessId);
        List<FieldError> errors = new ArrayList<>();
        UUID id = Entries.id(input.requestId(), "requestId", false, errors);
        BusinessStatus status = Entries.choice(BusinessStatus.class, input.status(), "status", errors);
        LocalDate on = Entries.date(input.date(), "date", true, LocalDate.now(clock), errors);
        UUID followUpId = Entries.id(input.followUpId(), "followUpId", false, errors);
        String note = Entries.text(input.note(), "note", MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (id != null && store.statusExists(id)) {
            return Created.repeated(before, personId, BusinessPlan::personId, "requestId");
        }
        if (on.isBefore(before.plannedOn())) {
            throw RefusedInputException.of("date", "reintegration.business.status-before-plan", before.plannedOn());
        }
        if (followUpId != null && !followUpOf(personId, followUpId)) {
            throw RefusedInputException.of("followUpId", "reintegration.business.unknown-follow-up");
        }
        BusinessPlan.StatusRecord record = new BusinessPlan.StatusRecord(id == null ? Ids.newId() : id, status, on, followUpId, note);
        takeVersion(before);
        store.insertStatus(businessId, personId, record, now(), CurrentUser.name());
        audit.record("UPDATE", "BUSINESS", businessId.toString(), before.status() == null ? null : before.status().name(),
                status + " " + on + (followUpId == null ? "" : ", follow-up " + followUpId));
        return new Created<>(store.find(businessId).orElseThrow(), false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<BusinessPlan> of(UUID personId) {
        persons.find(personId);
        return store.ofPerson(personId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public BusinessPlan find(UUID personId, UUID businessId) {
        persons.find(personId);
        return store.find(businessId).filter(b -> b.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("BUSINESS", businessId));
    }

    /** The person's follow-ups, for the status form to link one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<FollowUpView> followUpsOf(UUID personId) {
        return followUps.of(personId);
    }

    private boolean followUpOf(UUID personId, UUID followUpId) {
        try {
            FollowUpView followUp = followUps.find(followUpId);
            return followUp.personId().equals(personId);
        } catch (NotFoundException unknown) {
            return false;
        }
    }

    /** A grant or status changes the business: two at once are told apart by its version. */
    private void takeVersion(BusinessPlan before) {
        if (!store.touch(before.id(), before.version())) {
            throw new StaleRecordException("BUSINESS", before.id(), store.find(before.id()).orElse(before));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
