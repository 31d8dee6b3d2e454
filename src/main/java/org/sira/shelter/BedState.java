package org.sira.shelter;

/** A bed and whether it is free tonight. */
public record BedState(Bed bed, boolean free) {
}
