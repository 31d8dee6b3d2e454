package org.sira.psychosocial;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One counselling session. {@code unreadable}: its sealed text does not open with the key ({@code text} is then null). */
public record CounsellingSession(UUID id, SessionKind kind, LocalDate sessionDate, String counsellor, LocalDate nextSession,
                                 String text, boolean unreadable, String createdBy, OffsetDateTime createdAt) {
}
