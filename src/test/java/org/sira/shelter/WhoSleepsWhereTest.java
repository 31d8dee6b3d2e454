package org.sira.shelter;

import org.sira.shelter.internal.AgeAtCheckIn;
import org.sira.shelter.internal.Bed;
import org.sira.shelter.internal.Stay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;
import org.sira.shared.ConflictException;
import org.sira.shared.RefusedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of beds and stays, without Spring. */
class WhoSleepsWhereTest {

    private static final LocalDate CHECK_IN_DAY = LocalDate.of(2026, 1, 10);
    private static final Instant CHECK_IN = Instant.parse("2026-01-10T02:00:00Z");

    private static BirthDate born(String date, DatePrecision precision) {
        return new BirthDate(LocalDate.parse(date), precision);
    }

    private static Bed bed(RoomKind kind) {
        return new Bed(UUID.randomUUID(), "A-1", UUID.randomUUID(), "A", kind, UUID.randomUUID());
    }

    @Test
    void anExactBirthDateGivesAnAdultFromThe18thBirthdayOn() {
        assertThat(AgeAtCheckIn.of(born("2008-01-10", DatePrecision.DAY), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.ADULT);
        assertThat(AgeAtCheckIn.of(born("2008-01-11", DatePrecision.DAY), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.MINOR);
    }

    @Test
    void aBirthDateKnownToTheMonthOrYearIsAPossibleMinorWhenSomeDayOfItIsUnder18() {
        assertThat(AgeAtCheckIn.of(born("2008-01-01", DatePrecision.MONTH), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.POSSIBLE_MINOR);
        assertThat(AgeAtCheckIn.of(born("2007-12-01", DatePrecision.MONTH), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.ADULT);
        assertThat(AgeAtCheckIn.of(born("2008-02-01", DatePrecision.MONTH), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.MINOR);
        assertThat(AgeAtCheckIn.of(born("2008-01-01", DatePrecision.YEAR), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.POSSIBLE_MINOR);
        assertThat(AgeAtCheckIn.of(born("2007-01-01", DatePrecision.ESTIMATED), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.ADULT);
        assertThat(AgeAtCheckIn.of(born("2009-01-01", DatePrecision.YEAR), CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.MINOR);
    }

    @Test
    void anUnknownBirthDateIsAPossibleMinor() {
        assertThat(AgeAtCheckIn.of(null, CHECK_IN_DAY)).isEqualTo(AgeAtCheckIn.POSSIBLE_MINOR);
    }

    @Test
    void aMinorIsNeverGivenABedInAnAdultRoomEvenWhenSomeoneSaysTheyAreAnAdult() {
        for (RoomKind adults : new RoomKind[] {RoomKind.MEN, RoomKind.WOMEN}) {
            assertThatThrownBy(() -> bed(adults).assign(UUID.randomUUID(), born("2012-05-05", DatePrecision.DAY), CHECK_IN, true, "me"))
                    .isInstanceOfSatisfying(RefusedInputException.class,
                            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("shelter.bed.minor-in-adult-room"));
        }
    }

    @Test
    void aPossibleMinorEntersAnAdultRoomOnlyWhenAnAdultIsConfirmedAndTheStaySaysSo() {
        assertThatThrownBy(() -> bed(RoomKind.WOMEN).assign(UUID.randomUUID(), null, CHECK_IN, false, "me"))
                .isInstanceOf(RefusedInputException.class);
        Stay stay = bed(RoomKind.WOMEN).assign(UUID.randomUUID(), null, CHECK_IN, true, "me");
        assertThat(stay.ageConfirmedAdult()).isTrue();
        assertThat(bed(RoomKind.MEN).assign(UUID.randomUUID(), born("1990-01-01", DatePrecision.DAY), CHECK_IN, true, "me")
                .ageConfirmedAdult()).as("an adult needs no confirmation").isFalse();
    }

    @Test
    void anAdultIsNotPlacedAmongMinorsButAPossibleMinorIsAndAFamilyRoomTakesEveryone() {
        assertThatThrownBy(() -> bed(RoomKind.MINORS).assign(UUID.randomUUID(), born("1990-01-01", DatePrecision.DAY), CHECK_IN, false, "me"))
                .isInstanceOf(RefusedInputException.class);
        assertThat(bed(RoomKind.MINORS).assign(UUID.randomUUID(), null, CHECK_IN, false, "me").isOpen()).isTrue();
        assertThat(bed(RoomKind.FAMILY).assign(UUID.randomUUID(), born("2020-01-01", DatePrecision.DAY), CHECK_IN, false, "me").isOpen()).isTrue();
        assertThat(bed(RoomKind.FAMILY).assign(UUID.randomUUID(), born("1950-01-01", DatePrecision.DAY), CHECK_IN, false, "me").isOpen()).isTrue();
    }

    @Test
    void roomsOfferedAtCheckInFitTheSexAndAge() {
        assertThat(RoomKind.MEN.suits("M", AgeAtCheckIn.ADULT)).isTrue();
        assertThat(RoomKind.MEN.suits("F", AgeAtCheckIn.ADULT)).isFalse();
        assertThat(RoomKind.WOMEN.suits("F", AgeAtCheckIn.POSSIBLE_MINOR)).isFalse();
        assertThat(RoomKind.MINORS.suits("F", AgeAtCheckIn.POSSIBLE_MINOR)).isTrue();
        assertThat(RoomKind.FAMILY.suits(null, AgeAtCheckIn.MINOR)).isTrue();
    }

    @Test
    void aStayEndsOnceAndNotBeforeItBeganAndCountsItsNights() {
        Stay stay = bed(RoomKind.FAMILY).assign(UUID.randomUUID(), null, CHECK_IN, false, "me");
        assertThatThrownBy(() -> stay.checkOut(CHECK_IN.minusSeconds(60), CheckOutReason.OTHER, "me"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("at"));
        Stay ended = stay.checkOut(Instant.parse("2026-01-13T08:00:00Z"), CheckOutReason.JOURNEY_HOME, "me");
        assertThat(ended.isOpen()).isFalse();
        assertThat(ended.nights(Instant.parse("2026-02-01T00:00:00Z"))).isEqualTo(3);
        assertThatThrownBy(() -> ended.checkOut(Instant.parse("2026-01-14T08:00:00Z"), CheckOutReason.OTHER, "me"))
                .isInstanceOf(ConflictException.class);
    }
}
