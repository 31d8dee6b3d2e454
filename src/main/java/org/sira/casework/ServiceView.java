package org.sira.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A service the organisation gave within a case. */
public record ServiceView(UUID id, UUID caseId, ServiceKind kind, LocalDate givenOn, String givenBy, String note,
                          OffsetDateTime createdAt, String createdBy) {
}
