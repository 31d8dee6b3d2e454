package org.sira.casework;

/** Why a case should be closed. */
public record ClosureInput(String reason) {
}
