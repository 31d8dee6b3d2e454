package org.sira.casework;

import org.sira.casework.internal.Referral;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.people.Consent;
import org.sira.people.ConsentPurpose;
import org.sira.shared.DomainException;
import org.sira.shared.RefusedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consent rule of a referral and the statuses it may take. */
class ReferralTest {

    private static final UUID PERSON = UUID.randomUUID();
    private static final Consent TO_PARTNERS = new Consent(Consent.Status.GIVEN, LocalDate.of(2024, 1, 1), "x",
            Set.of(ConsentPurpose.REFERRAL_TO_PARTNERS));
    private static final Consent ASSISTANCE_ONLY = new Consent(Consent.Status.GIVEN, LocalDate.of(2024, 1, 1), "x",
            Set.of(ConsentPurpose.ASSISTANCE));

    private static Referral send(boolean sharesData, String reason, Consent consent) {
        return Referral.send(UUID.randomUUID(), PERSON, sharesData, reason, consent);
    }

    @Test
    void sharingDataWithConsentToReferralIsSentWithoutOverride() {
        Referral referral = send(true, null, TO_PARTNERS);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.consentOverridden()).isFalse();
    }

    @Test
    void sharingDataWithoutThatConsentIsRefusedOnSharesData() {
        for (Consent consent : new Consent[] {null, ASSISTANCE_ONLY, new Consent(Consent.Status.REFUSED, null, "x", Set.of())}) {
            assertThatThrownBy(() -> send(true, null, consent)).isInstanceOf(RefusedInputException.class)
                    .satisfies(e -> assertThat(((RefusedInputException) e).errors().get(0).field()).isEqualTo("sharesData"));
        }
    }

    @Test
    void aReasonOfNineteenCharactersIsNotEnoughAndOneOfTwentyOverrides() {
        assertThatThrownBy(() -> send(true, "   " + "x".repeat(19) + "   ", ASSISTANCE_ONLY)).isInstanceOf(RefusedInputException.class);
        Referral overridden = send(true, " " + "é".repeat(20) + " ", ASSISTANCE_ONLY);
        assertThat(overridden.consentOverridden()).isTrue();
        assertThat(overridden.overrideReason()).isEqualTo("é".repeat(20));
    }

    @Test
    void aReferralSharingNoDataNeedsNoConsentAndKeepsNoReason() {
        assertThat(send(false, "une raison bien assez longue", null).consentOverridden()).isFalse();
        assertThat(send(true, "une raison bien assez longue", TO_PARTNERS).consentOverridden()).isFalse();
    }

    @Test
    void aSentReferralIsAcceptedThenDoneAndNothingFollowsDoneOrRefused() {
        Referral referral = send(false, null, null);
        referral.moveTo(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> referral.moveTo(ReferralStatus.REFUSED)).isInstanceOf(DomainException.class);
        referral.moveTo(ReferralStatus.DONE);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DONE);
        for (ReferralStatus next : ReferralStatus.values()) {
            assertThat(ReferralStatus.DONE.mayBecome(next)).isFalse();
            assertThat(ReferralStatus.REFUSED.mayBecome(next)).isFalse();
        }
        assertThat(ReferralStatus.SENT.mayBecome(ReferralStatus.SENT)).isFalse();
    }
}
