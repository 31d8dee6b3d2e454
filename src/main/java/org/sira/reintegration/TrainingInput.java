package org.sira.reintegration;

/**
 * A training as sent: {@code sector} and {@code status} by code, dates {@code YYYY-MM-DD} ({@code endsOn}
 * required once completed); {@code requestId} as for {@link WorkExperienceInput}.
 */
public record TrainingInput(String sector, String provider, String startsOn, String endsOn, String status, String requestId) {
}
