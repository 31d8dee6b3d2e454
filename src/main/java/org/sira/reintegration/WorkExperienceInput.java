package org.sira.reintegration;

/**
 * A trade or skill as sent: {@code country} an ISO code or a name, {@code years} 0..60;
 * {@code requestId} (a UUID the form or client chose) makes a retried submission return the first record.
 */
public record WorkExperienceInput(String trade, String country, Integer years, String description, String requestId) {
}
