package org.sira.psychosocial;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One session's note, as the counsellor wrote it. {@code unreadable}: its sealed text does not open
 * with the key (changed in the database): {@code text} is then null, and the other notes still show.
 */
public record PsychosocialNote(UUID id, LocalDate sessionDate, String text, String createdBy, OffsetDateTime createdAt,
                               boolean unreadable) {
}
