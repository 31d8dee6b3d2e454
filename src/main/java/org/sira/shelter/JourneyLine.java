package org.sira.shelter;

import org.sira.shelter.internal.Journey;

/** A journey with the name and file number of who travels, for the lists of journeys and calls due. */
public record JourneyLine(Journey journey, String personName, String fileNumber) {
}
