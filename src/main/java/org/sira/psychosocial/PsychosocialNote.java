package org.sira.psychosocial;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One session's note, as the counsellor wrote it. */
public record PsychosocialNote(UUID id, LocalDate sessionDate, String text, String createdBy, OffsetDateTime createdAt) {
}
