package org.sira.shelter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;
import org.sira.shared.ConflictException;
import org.sira.shared.FieldError;
import org.sira.shared.RefusedInputException;
import org.sira.shelter.internal.Bed;
import org.sira.shelter.internal.Stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a bed move within a stay, without Spring. */
class StayMoveTest {

    private static final UUID CENTRE = UUID.randomUUID();
    private static final Instant CHECK_IN = Instant.parse("2026-02-01T02:00:00Z");
    private static final BirthDate ADULT = new BirthDate(LocalDate.of(1990, 1, 1), DatePrecision.DAY);
    private static final BirthDate BOY = new BirthDate(LocalDate.of(2012, 1, 1), DatePrecision.DAY);

    private static Bed bed(RoomKind kind, UUID centre) {
        return new Bed(UUID.randomUUID(), kind + "-1", UUID.randomUUID(), kind.name(), kind, centre);
    }

    private static Stay stayIn(Bed bed, BirthDate born) {
        return bed.assign(UUID.randomUUID(), born, CHECK_IN, false, "manager");
    }

    private static String refusedField(Runnable move) {
        try {
            move.run();
        } catch (RefusedInputException e) {
            return e.errors().stream().map(FieldError::field).findFirst().orElseThrow();
        }
        throw new AssertionError("the move was not refused");
    }

    @Test
    void aMoveKeepsTheStayAndItsCheckInAndChangesOnlyTheBed() {
        Bed from = bed(RoomKind.MEN, CENTRE);
        Bed to = bed(RoomKind.FAMILY, CENTRE);
        Stay stay = stayIn(from, ADULT);
        Stay moved = stay.moveTo(to, ADULT, CHECK_IN.plusSeconds(3600), null, false);
        assertThat(moved.id()).isEqualTo(stay.id());
        assertThat(moved.bedId()).isEqualTo(to.id());
        assertThat(moved.checkIn()).isEqualTo(CHECK_IN);
        assertThat(moved.isOpen()).isTrue();
    }

    @Test
    void aMinorIsNotMovedIntoAnAdultRoomNorIntoTheSameBedAnotherCentreOrBeforeTheLastMove() {
        Stay boy = stayIn(bed(RoomKind.MINORS, CENTRE), BOY);
        Instant later = CHECK_IN.plusSeconds(60);
        assertThat(refusedField(() -> boy.moveTo(bed(RoomKind.MEN, CENTRE), BOY, later, null, false))).isEqualTo("bedId");
        Bed current = bed(RoomKind.MEN, CENTRE);
        Stay man = stayIn(current, ADULT);
        assertThat(refusedField(() -> man.moveTo(bed(RoomKind.MINORS, CENTRE), ADULT, later, null, false))).isEqualTo("bedId");
        assertThat(refusedField(() -> man.moveTo(current, ADULT, later, null, false))).isEqualTo("bedId");
        assertThat(refusedField(() -> man.moveTo(bed(RoomKind.MEN, UUID.randomUUID()), ADULT, later, null, false))).isEqualTo("bedId");
        assertThat(refusedField(() -> man.moveTo(bed(RoomKind.MEN, CENTRE), ADULT, later, later.plusSeconds(1), false))).isEqualTo("at");
        assertThat(refusedField(() -> man.moveTo(bed(RoomKind.MEN, CENTRE), ADULT, CHECK_IN.minusSeconds(1), null, false))).isEqualTo("at");
    }

    @Test
    void anEndedStayDoesNotMoveAndAnAdultsConfirmationHoldsForTheMove() {
        Stay ended = stayIn(bed(RoomKind.MEN, CENTRE), ADULT).checkOut(CHECK_IN.plusSeconds(60), CheckOutReason.OTHER, "manager");
        assertThatThrownBy(() -> ended.moveTo(bed(RoomKind.MEN, CENTRE), ADULT, CHECK_IN.plusSeconds(120), null, false))
                .isInstanceOf(ConflictException.class);
        BirthDate aroundEighteen = new BirthDate(LocalDate.of(2008, 1, 1), DatePrecision.YEAR);
        Stay confirmed = bed(RoomKind.MEN, CENTRE).assign(UUID.randomUUID(), aroundEighteen, CHECK_IN, true, "manager");
        assertThat(confirmed.moveTo(bed(RoomKind.WOMEN, CENTRE), aroundEighteen, CHECK_IN.plusSeconds(60), null, false).ageConfirmedAdult())
                .isTrue();
    }
}
