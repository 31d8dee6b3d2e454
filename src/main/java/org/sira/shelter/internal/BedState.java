package org.sira.shelter.internal;

/** A bed and whether it is free tonight. */
public record BedState(Bed bed, boolean free) {
}
