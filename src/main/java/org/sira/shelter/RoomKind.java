package org.sira.shelter;

import org.sira.shelter.internal.AgeAtCheckIn;

import java.util.Optional;

/** Who a room is for. A minor never sleeps in an adult room, nor an adult among minors. */
public enum RoomKind {
    MEN, WOMEN, FAMILY, MINORS;

    /**
     * Why a person of this age may not be given a bed here, as a message key; empty when they may.
     * A possible minor enters an adult room only when an adult has been confirmed (and that is audited).
     */
    public Optional<String> refusal(AgeAtCheckIn age, boolean confirmedAdult) {
        return switch (this) {
            case MEN, WOMEN -> switch (age) {
                case MINOR -> Optional.of("shelter.bed.minor-in-adult-room");
                case POSSIBLE_MINOR -> confirmedAdult ? Optional.empty() : Optional.of("shelter.bed.possible-minor");
                case ADULT -> Optional.empty();
            };
            case MINORS -> age == AgeAtCheckIn.ADULT ? Optional.of("shelter.bed.adult-in-minors-room") : Optional.empty();
            case FAMILY -> Optional.empty();
        };
    }

    /** Whether a room of this kind suits a person of this sex and age when beds are offered (a family room suits all). */
    public boolean suits(String sex, AgeAtCheckIn age) {
        return switch (this) {
            case MINORS -> age != AgeAtCheckIn.ADULT;
            case MEN -> age == AgeAtCheckIn.ADULT && "M".equals(sex);
            case WOMEN -> age == AgeAtCheckIn.ADULT && "F".equals(sex);
            case FAMILY -> true;
        };
    }
}
