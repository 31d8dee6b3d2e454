package org.sira.people;

/** What a person agreed their data may be used for. */
public enum ConsentPurpose { ASSISTANCE, FOLLOW_UP, REFERRAL_TO_PARTNERS, ANONYMOUS_STATISTICS, PHONE_CONTACT }
