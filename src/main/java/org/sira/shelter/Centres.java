package org.sira.shelter;

import org.sira.shelter.internal.BedState;
import org.sira.shelter.internal.Centre;
import org.sira.shelter.internal.Room;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sira.people.PersonVisibility;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Ids;
import org.sira.shared.NotFoundException;
import org.sira.shelter.internal.CentreStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Host centres, their rooms and beds, and what they look like tonight. */
@Service
public class Centres {

    public static final int MAX_BEDS_PER_ROOM = 500;

    private final CentreStore store;
    private final PersonVisibility visibility;
    private final AuditLog audit;
    private final Clock clock;

    Centres(CentreStore store, PersonVisibility visibility, AuditLog audit, Clock clock) {
        this.store = store;
        this.visibility = visibility;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CENTRE_MANAGE')")
    public Centre open(String name) {
        Centre centre = new Centre(Ids.newId(), name.strip());
        store.insertCentre(centre, now(), CurrentUser.name());
        audit.record("CREATE", "CENTRE", centre.id().toString(), null, centre.name());
        return centre;
    }

    /** Adds a room of {@code beds} beds, labelled by the room's name and their number. */
    @Transactional
    @PreAuthorize("hasAuthority('CENTRE_MANAGE')")
    public Room addRoom(UUID centreId, String name, RoomKind kind, int beds) {
        find(centreId);
        String roomName = name.strip();
        List<Room.BedLabel> labels = new ArrayList<>();
        for (int i = 1; i <= beds; i++) {
            labels.add(new Room.BedLabel(Ids.newId(), roomName + "-" + i));
        }
        Room room = new Room(Ids.newId(), roomName, kind, labels);
        store.insertRoom(centreId, room, now(), CurrentUser.name());
        audit.record("CREATE", "ROOM", room.id().toString(), null, roomName + " " + kind + " " + beds);
        return room;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('CENTRE_MANAGE', 'SHELTER_MANAGE')")
    public Centre find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("CENTRE", id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('CENTRE_MANAGE', 'SHELTER_MANAGE')")
    public List<Centre> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('CENTRE_MANAGE', 'SHELTER_MANAGE')")
    public List<Room> rooms(UUID centreId) {
        find(centreId);
        return store.rooms(centreId);
    }

    /** Beds, taken and free, and the open stays of the persons the reader may see. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Occupancy occupancy(UUID centreId) {
        find(centreId);
        int beds = store.bedCount(centreId);
        int occupied = store.occupiedBeds(centreId);
        List<Occupancy.OpenStay> stays = store.openStays(centreId, visibility.visiblePerson("p"));
        visibility.recordReads(stays.stream().map(Occupancy.OpenStay::personId).toList());
        return new Occupancy(beds, occupied, beds - occupied, stays);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Board board(UUID centreId) {
        Centre centre = find(centreId);
        Board board = new Board(centre, store.board(centreId, visibility.visiblePerson("p")));
        visibility.recordReads(board.rooms().stream().flatMap(room -> room.beds().stream())
                .map(Board.BoardBed::personId).filter(id -> id != null).toList());
        return board;
    }

    /** Every bed of the centre and whether it is free, for offering beds at check-in. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public List<BedState> beds(UUID centreId) {
        find(centreId);
        return store.beds(centreId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
