package org.sira.reintegration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A mediation case as the API and the pages show it, with its parties and its sessions (oldest first). */
public record MediationView(UUID id, UUID personId, MediationKind kind, LocalDate openedOn, String reason,
                            MediationStatus status, MediationOutcome outcome, LocalDate closedOn, List<Party> parties,
                            List<Session> sessions, OffsetDateTime createdAt, String createdBy, int version) {

    public MediationView {
        parties = List.copyOf(parties);
        sessions = List.copyOf(sessions);
    }

    public boolean open() {
        return status == MediationStatus.OPEN;
    }

    public record Party(UUID id, String name, PartyRelation relation, String village) {
    }

    public record Session(UUID id, LocalDate date, String mediator, String summary, OffsetDateTime createdAt,
                          String createdBy) {
    }
}
