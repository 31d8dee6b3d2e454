package org.sira.reintegration;

/** Closing a mediation: the outcome, the day, and the version of the case the user saw. */
public record MediationClosureInput(String outcome, String closedOn, Integer version) {
}
