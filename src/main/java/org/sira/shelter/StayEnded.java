package org.sira.shelter;

import java.time.Instant;
import java.util.UUID;

/** A person left the centre: for those who follow the journey home or the bed's next occupant. */
public record StayEnded(UUID stayId, UUID personId, CheckOutReason reason, Instant at) {
}
