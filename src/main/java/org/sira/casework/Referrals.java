package org.sira.casework;

import org.sira.casework.internal.Fields;
import org.sira.casework.internal.Referral;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sira.casework.internal.ReferralStore;
import org.sira.people.Person;
import org.sira.people.PersonRegistry;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring persons to partners and recording what the partners answered. A person hidden from
 * the caller, like one nobody has, is not found; every referral and update is audited, and so,
 * separately, is every sharing of data without consent, with its reason.
 */
@Service
public class Referrals {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 1000;
    static final int MAX_FEEDBACK = 2000;

    private final ReferralStore store;
    private final PersonRegistry persons;
    private final AuditLog audit;
    private final Clock clock;

    Referrals(ReferralStore store, PersonRegistry persons, AuditLog audit, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public ReferralView send(UUID personId, ReferralInput input) {
        Person person = persons.find(personId);
        List<FieldError> errors = new ArrayList<>();
        String partner = required("partner", input.partner(), MAX_NAME, errors);
        String service = required("service", input.service(), MAX_NAME, errors);
        FieldError.checkLength("overrideReason", input.overrideReason(), MAX_TEXT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean sharesData = Boolean.TRUE.equals(input.sharesData());
        Referral referral = Referral.send(Ids.newId(), personId, sharesData, input.overrideReason(), person.details().consent());
        OffsetDateTime now = now();
        store.insert(new ReferralStore.NewReferral(referral.id(), personId, partner, service, sharesData,
                referral.overrideReason(), referral.status(), now, CurrentUser.name()));
        audit.record("CREATE", "REFERRAL", referral.id().toString(), null,
                "person " + personId + ", partner " + partner + ", service " + service + ", sharesData " + sharesData);
        if (referral.consentOverridden()) {
            audit.record("CONSENT_OVERRIDE", "REFERRAL", referral.id().toString(), null,
                    "person " + personId + " shared with " + partner + " without consent: " + referral.overrideReason());
        }
        return store.find(personId, referral.id()).orElseThrow();
    }

    /** Adds the partner's answer: a new status, feedback, or both (nothing changes what was there). */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public ReferralView update(UUID personId, UUID referralId, ReferralUpdateInput input) {
        ReferralView before = find(personId, referralId);
        List<FieldError> errors = new ArrayList<>();
        ReferralStatus next = status(input.status(), errors);
        String feedback = Fields.text(input.feedback());
        FieldError.checkLength("feedback", feedback, MAX_FEEDBACK, errors);
        if (next == null && feedback == null && errors.isEmpty()) {
            errors.add(new FieldError("status", "referral.update.empty"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (next != null) {
            Referral.of(before.id(), personId, before.overrideReason(), before.status()).moveTo(next);
        }
        if (!store.addUpdate(referralId, before.version(), next, feedback, now(), CurrentUser.name())) {
            throw new StaleRecordException("REFERRAL", referralId, store.find(personId, referralId).orElse(before));
        }
        audit.record("UPDATE", "REFERRAL", referralId.toString(), before.status().name(),
                (next == null ? before.status() : next) + (feedback == null ? "" : ", feedback"));
        return store.find(personId, referralId).orElseThrow();
    }

    /** A person's referrals, oldest first (a person has few: the page is cut from all of them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public PageOf<ReferralView> of(UUID personId, Paging paging) {
        persons.find(personId);
        List<ReferralView> all = store.ofPerson(personId);
        List<ReferralView> page = all.stream().skip(paging.offset()).limit(paging.size()).toList();
        return new PageOf<>(page, all.size(), paging.page(), paging.size());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public ReferralView find(UUID personId, UUID referralId) {
        persons.find(personId);
        return store.find(personId, referralId).orElseThrow(() -> new NotFoundException("REFERRAL", referralId));
    }

    /** The partner's answer, if any: ACCEPTED, REFUSED or DONE (SENT is where a referral starts, not an answer). */
    private static ReferralStatus status(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ReferralStatus status = Fields.choice(ReferralStatus.class, value, "status", errors);
        if (status == ReferralStatus.SENT) {
            errors.add(new FieldError("status", "error.unknown-value", value));
            return null;
        }
        return status;
    }

    private static String required(String field, String value, int max, List<FieldError> errors) {
        String text = Fields.text(value);
        if (text == null) {
            errors.add(new FieldError(field, "error.required"));
        }
        FieldError.checkLength(field, text, max, errors);
        return text;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
