package org.sira.casework;

/** What the partner answered: a new status ({@code ACCEPTED}, {@code REFUSED}, {@code DONE}), feedback, or both. */
public record ReferralUpdateInput(String status, String feedback) {
}
