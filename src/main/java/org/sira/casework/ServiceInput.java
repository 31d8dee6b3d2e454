package org.sira.casework;

/**
 * A service given: its kind, the day ({@code YYYY-MM-DD}, default today), the user who gave it
 * (default the caller), a short note, and the client's {@code requestId} (a UUID) against retries.
 */
public record ServiceInput(String kind, String givenOn, String givenBy, String note, String requestId) {
}
