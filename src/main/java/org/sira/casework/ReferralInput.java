package org.sira.casework;

/** A referral as sent to the API or the form; checked by {@link Referrals}. */
public record ReferralInput(String partner, String service, Boolean sharesData, String overrideReason) {
}
