package org.sira.casework;

import org.sira.casework.internal.CaseStatus;
import org.sira.casework.internal.Priority;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case as the API shows it. {@code closureRequestedBy} and {@code closureReason} are set while a
 * closure waits for a coordinator's approval, and stay once it is given.
 */
public record CaseView(UUID id, UUID personId, String caseworker, CaseStatus status, String closureReason,
                       String closureRequestedBy, String closureApprovedBy, OffsetDateTime closedAt,
                       OffsetDateTime openedAt, String openedBy, int version, List<AssessedNeed> needs) {

    public CaseView {
        needs = List.copyOf(needs);
    }

    public boolean closurePending() {
        return status != CaseStatus.CLOSED && closureRequestedBy != null;
    }

    /** The priority of this need in the assessment; null when it is not one. */
    public Priority priorityOf(Need need) {
        return needs.stream().filter(n -> n.need() == need).map(AssessedNeed::priority).findFirst().orElse(null);
    }

    /** One need of the assessment, with its priority. */
    public record AssessedNeed(Need need, Priority priority, String note, OffsetDateTime assessedAt, String assessedBy) {
    }
}
