package org.sira.reintegration;

/** Where an enrolled training ended: {@code status} COMPLETED or DROPPED_OUT, the day, and the version the user saw. */
public record TrainingUpdateInput(String status, String endsOn, Integer version) {
}
