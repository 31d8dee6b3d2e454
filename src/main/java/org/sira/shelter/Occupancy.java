package org.sira.shelter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A centre tonight: beds, how many are taken, and the open stays (of persons the reader may see). */
public record Occupancy(int beds, int occupied, int free, List<OpenStay> stays) {

    public record OpenStay(UUID id, UUID personId, UUID bedId, Instant checkIn) {
    }
}
