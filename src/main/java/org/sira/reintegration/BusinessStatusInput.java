package org.sira.reintegration;

/** A business's status found on a day, with the casework follow-up it was noted at when there was one. */
public record BusinessStatusInput(String status, String date, String followUpId, String note, String requestId) {
}
