package org.sira.shelter;

import org.sira.shelter.internal.Centre;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tonight's board of a centre: each room with its beds, free or taken, by whom and since when. A
 * bed taken by a person the reader may not see shows as taken, naming nobody.
 */
public record Board(Centre centre, List<BoardRoom> rooms) {

    public record BoardRoom(UUID id, String name, RoomKind kind, List<BoardBed> beds) {

        public long free() {
            return beds.stream().filter(BoardBed::free).count();
        }
    }

    /** {@code stayId} is null for a free bed and for one whose occupant the reader may not see. */
    public record BoardBed(UUID id, String label, boolean free, UUID stayId, UUID personId, String personName,
                           String fileNumber, Instant since) {

        /** Since when, as Bamako's clocks (UTC) show it: {@code 06/12 02:14}. */
        public String sinceText() {
            return since == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM HH:mm").format(since.atOffset(java.time.ZoneOffset.UTC));
        }

        /** Nights spent so far: one for each midnight since check-in. */
        public long nights(Instant now) {
            return since == null ? 0 : java.time.Duration.between(since.truncatedTo(java.time.temporal.ChronoUnit.DAYS),
                    now.truncatedTo(java.time.temporal.ChronoUnit.DAYS)).toDays();
        }
    }

    public int beds() {
        return rooms.stream().mapToInt(room -> room.beds().size()).sum();
    }

    public long free() {
        return rooms.stream().mapToLong(BoardRoom::free).sum();
    }
}
