package org.sira.reintegration;

/** A session held: its day, the user name of the mediator (default: whoever records it), a short summary. */
public record MediationSessionInput(String date, String mediator, String summary) {
}
