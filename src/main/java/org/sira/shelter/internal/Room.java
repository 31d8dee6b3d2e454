package org.sira.shelter.internal;

import org.sira.shelter.RoomKind;

import java.util.List;
import java.util.UUID;

/** A room of a centre and its beds, as the API gives it back. */
public record Room(UUID id, String name, RoomKind kind, List<BedLabel> beds) {

    public record BedLabel(UUID id, String label) {
    }
}
