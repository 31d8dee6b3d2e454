package org.sira.casework;

/** An ad-hoc follow-up as sent: its due date ({@code YYYY-MM-DD}) and why. */
public record FollowUpInput(String due, String note) {
}
