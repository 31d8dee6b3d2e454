package org.sira.casework;

/** Opening a case: the user name of the responsible caseworker (default: whoever opens it). */
public record CaseInput(String caseworker) {
}
