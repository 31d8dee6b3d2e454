package org.sira.casework;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up of a person: when it is due, of what kind, and what came of it. */
public record FollowUpView(UUID id, UUID personId, UUID returnId, String kind, LocalDate due, FollowUpStatus status,
                           FollowUpOutcome outcome, LocalDate doneOn, String note, int version) {
}
