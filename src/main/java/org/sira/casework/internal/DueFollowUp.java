package org.sira.casework.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An open follow-up in the due list of api-v1 ({@code GET /api/v1/follow-ups}). */
public record DueFollowUp(UUID id, UUID personId, LocalDate due, String kind) {
}
