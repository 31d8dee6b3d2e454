package org.sira.shelter.internal;

import org.sira.shelter.RoomKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A free bed for each arriving person, in a room that fits their age and sex: men and women in
 * their rooms, minors and possible minors among minors, a family room for whoever fits nowhere
 * else. Each bed is offered once; a person for whom no bed fits is offered none. The manager
 * confirms or changes each offer.
 */
public final class BedOffers {

    private BedOffers() {
    }

    /** Who arrives: the person, their sex ({@code M}, {@code F} or null) and age at check-in. */
    public record Arriving(UUID personId, String sex, AgeAtCheckIn age) {
    }

    public static Map<UUID, Bed> offer(List<Arriving> arriving, List<BedState> beds) {
        List<Bed> free = new ArrayList<>(beds.stream().filter(BedState::free).map(BedState::bed).toList());
        Set<UUID> offered = new HashSet<>();
        Map<UUID, Bed> offers = new LinkedHashMap<>();
        for (Arriving person : arriving) {
            first(free, offered, person, false).or(() -> first(free, offered, person, true)).ifPresent(bed -> {
                offered.add(bed.id());
                offers.put(person.personId(), bed);
            });
        }
        return offers;
    }

    private static Optional<Bed> first(List<Bed> free, Set<UUID> offered, Arriving person, boolean family) {
        return free.stream().filter(bed -> !offered.contains(bed.id()))
                .filter(bed -> (bed.kind() == RoomKind.FAMILY) == family)
                .filter(bed -> bed.kind().suits(person.sex(), person.age()))
                .findFirst();
    }
}
