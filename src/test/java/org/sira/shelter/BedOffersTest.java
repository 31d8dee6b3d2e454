package org.sira.shelter;

import org.sira.shelter.internal.AgeAtCheckIn;
import org.sira.shelter.internal.Bed;
import org.sira.shelter.internal.BedOffers;
import org.sira.shelter.internal.BedState;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Beds offered to a group at check-in, without Spring. */
class BedOffersTest {

    private final UUID centre = UUID.randomUUID();

    private BedState bed(RoomKind kind, boolean free) {
        return new BedState(new Bed(UUID.randomUUID(), kind + "-1", UUID.randomUUID(), kind.name(), kind, centre), free);
    }

    @Test
    void eachPersonIsOfferedAFreeBedInARoomThatFitsTheirSexAndAgeAndNoBedTwice() {
        BedState takenMen = bed(RoomKind.MEN, false);
        BedState men = bed(RoomKind.MEN, true);
        BedState women = bed(RoomKind.WOMEN, true);
        BedState minors = bed(RoomKind.MINORS, true);
        BedState family = bed(RoomKind.FAMILY, true);
        BedOffers.Arriving man = new BedOffers.Arriving(UUID.randomUUID(), "M", AgeAtCheckIn.ADULT);
        BedOffers.Arriving secondMan = new BedOffers.Arriving(UUID.randomUUID(), "M", AgeAtCheckIn.ADULT);
        BedOffers.Arriving woman = new BedOffers.Arriving(UUID.randomUUID(), "F", AgeAtCheckIn.ADULT);
        BedOffers.Arriving girl = new BedOffers.Arriving(UUID.randomUUID(), "F", AgeAtCheckIn.POSSIBLE_MINOR);
        BedOffers.Arriving thirdMan = new BedOffers.Arriving(UUID.randomUUID(), "M", AgeAtCheckIn.ADULT);

        Map<UUID, Bed> offers = BedOffers.offer(List.of(man, secondMan, woman, girl, thirdMan),
                List.of(takenMen, men, women, minors, family));

        assertThat(offers.get(man.personId())).isEqualTo(men.bed());
        assertThat(offers.get(secondMan.personId())).as("no adult room left: the family room").isEqualTo(family.bed());
        assertThat(offers.get(woman.personId())).isEqualTo(women.bed());
        assertThat(offers.get(girl.personId())).isEqualTo(minors.bed());
        assertThat(offers).doesNotContainKey(thirdMan.personId());
    }

    @Test
    void aPossibleMinorIsNeverOfferedAnAdultRoom() {
        BedOffers.Arriving unknownAge = new BedOffers.Arriving(UUID.randomUUID(), "M", AgeAtCheckIn.POSSIBLE_MINOR);
        assertThat(BedOffers.offer(List.of(unknownAge), List.of(bed(RoomKind.MEN, true)))).isEmpty();
    }
}
