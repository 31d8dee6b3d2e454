package org.sira.casework.internal;

import org.sira.casework.ReferralStatus;

import java.util.Objects;
import java.util.UUID;

import org.sira.people.Consent;
import org.sira.people.ConsentPurpose;
import org.sira.shared.DomainException;
import org.sira.shared.RefusedInputException;

/**
 * A referral of a person to a partner. It shares the person's data with the partner only with
 * her consent to {@link ConsentPurpose#REFERRAL_TO_PARTNERS}, or, without it, when someone
 * allowed to refer writes down why (at least {@value #MIN_OVERRIDE_REASON} characters).
 */
public final class Referral {

    public static final int MIN_OVERRIDE_REASON = 20;

    private final UUID id;
    private final UUID personId;
    private final String overrideReason;
    private ReferralStatus status;

    private Referral(UUID id, UUID personId, String overrideReason, ReferralStatus status) {
        this.id = Objects.requireNonNull(id);
        this.personId = Objects.requireNonNull(personId);
        this.overrideReason = overrideReason;
        this.status = status;
    }

    /**
     * A new referral, {@link ReferralStatus#SENT}. Sharing data without consent and without a reason
     * long enough is refused on {@code sharesData}; a reason given where consent was there is not kept.
     */
    public static Referral send(UUID id, UUID personId, boolean sharesData, String overrideReason, Consent consent) {
        if (!sharesData || consents(consent)) {
            return new Referral(id, personId, null, ReferralStatus.SENT);
        }
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (reason.codePointCount(0, reason.length()) < MIN_OVERRIDE_REASON) {
            throw RefusedInputException.of("sharesData", "referral.consent.missing", MIN_OVERRIDE_REASON);
        }
        return new Referral(id, personId, reason, ReferralStatus.SENT);
    }

    /** A referral as stored. */
    public static Referral of(UUID id, UUID personId, String overrideReason, ReferralStatus status) {
        return new Referral(id, personId, overrideReason, status);
    }

    public static boolean consents(Consent consent) {
        return consent != null && consent.status() == Consent.Status.GIVEN
                && consent.purposes().contains(ConsentPurpose.REFERRAL_TO_PARTNERS);
    }

    /** The partner's answer: accepted, refused, done; a referral refused or done stays so. */
    public void moveTo(ReferralStatus next) {
        if (!status.mayBecome(next)) {
            throw new DomainException("referral.status.not-allowed", status, next);
        }
        status = next;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public boolean consentOverridden() {
        return overrideReason != null;
    }

    public ReferralStatus status() {
        return status;
    }
}
