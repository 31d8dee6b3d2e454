package org.sira.shelter;

/** A journey with the name and file number of who travels, for the lists of journeys and calls due. */
public record JourneyLine(Journey journey, String personName, String fileNumber) {
}
