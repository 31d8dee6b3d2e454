package org.sira.casework;

/** What came of a follow-up: {@code outcome} (REACHED, NOT_REACHABLE, MOVED, RE_MIGRATED, DECEASED), the day, a note. */
public record OutcomeInput(String outcome, String date, String note) {
}
