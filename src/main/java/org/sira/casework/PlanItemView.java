package org.sira.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A promise of a case plan and what became of it. */
public record PlanItemView(UUID id, UUID caseId, String goal, String action, String assignee, String partner,
                           LocalDate due, PlanItemStatus status, String statusNote, OffsetDateTime createdAt,
                           String createdBy, OffsetDateTime updatedAt, String updatedBy, int version) {

    /** Who does it: the user or the partner. */
    public String who() {
        return assignee != null ? assignee : partner;
    }
}
