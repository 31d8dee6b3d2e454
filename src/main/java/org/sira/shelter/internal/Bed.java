package org.sira.shelter.internal;

import org.sira.shelter.RoomKind;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.sira.people.BirthDate;
import org.sira.shared.RefusedInputException;

/** A bed of a room of a centre, as a check-in sees it. */
public record Bed(UUID id, String label, UUID roomId, String roomName, RoomKind kind, UUID centreId) {

    /**
     * Opens a stay of this person in this bed, when the room fits their age on the day of
     * check-in; refused (on {@code bedId}) otherwise. Whether the bed and the person are free is
     * the database's to say, at the moment the stay is written.
     */
    public Stay assign(UUID personId, BirthDate birthDate, Instant at, boolean ageConfirmedAdult, String by) {
        return Stay.open(personId, this, at, admits(birthDate, at, ageConfirmedAdult), by);
    }

    /**
     * Whether a person of this birth date may sleep here from {@code at}: refused (on {@code bedId})
     * when the room does not fit their age; true when they are let in on an adult's confirmation.
     */
    boolean admits(BirthDate birthDate, Instant at, boolean ageConfirmedAdult) {
        AgeAtCheckIn age = AgeAtCheckIn.of(birthDate, at.atOffset(ZoneOffset.UTC).toLocalDate());
        kind.refusal(age, ageConfirmedAdult).ifPresent(key -> {
            throw RefusedInputException.of("bedId", key, label, roomName);
        });
        return ageConfirmedAdult && age != AgeAtCheckIn.ADULT;
    }
}
