package org.sira.reintegration;

/** The day a member left the group. */
public record LeaveInput(String leftOn) {
}
