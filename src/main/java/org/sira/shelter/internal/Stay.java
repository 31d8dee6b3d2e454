package org.sira.shelter.internal;

import org.sira.shelter.CheckOutReason;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.sira.shared.ConflictException;
import org.sira.shared.Ids;
import org.sira.shared.RefusedInputException;

/**
 * A person's stay in a bed, from check-in to check-out. Open while {@code checkOut} is empty.
 * {@code ageConfirmedAdult} says that a possible minor was placed in an adult room on the word of
 * the one who checked them in.
 */
public record Stay(UUID id, UUID personId, UUID bedId, UUID centreId, Instant checkIn, Instant checkOut,
                   CheckOutReason reason, boolean ageConfirmedAdult, String checkedInBy, String checkedOutBy, int version) {

    public Stay {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(bedId, "bedId");
        Objects.requireNonNull(checkIn, "checkIn");
    }

    public static Stay open(UUID personId, Bed bed, Instant at, boolean ageConfirmedAdult, String by) {
        return new Stay(Ids.newId(), personId, bed.id(), bed.centreId(), at, null, null, ageConfirmedAdult, by, null, 0);
    }

    public boolean isOpen() {
        return checkOut == null;
    }

    /** Ends the stay: once only, and not before it began. */
    public Stay checkOut(Instant at, CheckOutReason why, String by) {
        Objects.requireNonNull(why, "why");
        if (!isOpen()) {
            throw new ConflictException("shelter.stay.already-checked-out", checkOut.toString());
        }
        if (at.isBefore(checkIn)) {
            throw RefusedInputException.of("at", "shelter.stay.check-out-before-check-in", checkIn.toString());
        }
        return new Stay(id, personId, bedId, centreId, checkIn, at, why, ageConfirmedAdult, checkedInBy, by, version);
    }

    /**
     * Moves the open stay to another bed of the same centre from {@code at}: not back to the same
     * bed, not before the stay began or its last move, and only into a room that fits the person's
     * age then. An adult's confirmation, once given for this stay, holds for the move. Whether the
     * new bed is free is the database's to say when the move is written.
     */
    public Stay moveTo(Bed bed, org.sira.people.BirthDate birthDate, Instant at, Instant lastMove, boolean ageConfirmedAdult) {
        if (!isOpen()) {
            throw new ConflictException("shelter.stay.already-checked-out", checkOut.toString());
        }
        if (bed.id().equals(bedId)) {
            throw RefusedInputException.of("bedId", "shelter.move.same-bed", bed.label());
        }
        if (!bed.centreId().equals(centreId)) {
            throw RefusedInputException.of("bedId", "shelter.move.other-centre", bed.label());
        }
        Instant since = lastMove == null || lastMove.isBefore(checkIn) ? checkIn : lastMove;
        if (at.isBefore(since)) {
            throw RefusedInputException.of("at", "shelter.move.before", since.toString());
        }
        boolean confirmed = bed.admits(birthDate, at, ageConfirmedAdult || this.ageConfirmedAdult);
        return new Stay(id, personId, bed.id(), centreId, checkIn, null, null, confirmed || this.ageConfirmedAdult, checkedInBy, null,
                version);
    }

    /** Nights spent: a night for each midnight (UTC, Bamako's time) between check-in and check-out (or {@code now}). */
    public long nights(Instant now) {
        Instant end = isOpen() ? now : checkOut;
        long days = Duration.between(checkIn.truncatedTo(java.time.temporal.ChronoUnit.DAYS),
                end.truncatedTo(java.time.temporal.ChronoUnit.DAYS)).toDays();
        return Math.max(0, days);
    }
}
