package org.sira.psychosocial;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A screening as recorded: the answers given and what they scored when recorded. {@code risk}:
 * an answer of an item that calls for action (PHQ-9's ninth above 0), listed in {@code riskItems} (from 1).
 */
public record Screening(UUID id, String instrument, String instrumentVersion, LocalDate screenedOn, List<Integer> answers,
                        int total, String band, boolean risk, List<Integer> riskItems, String createdBy, OffsetDateTime createdAt) {
}
