package org.sira.shelter.internal;

import org.sira.shelter.Centres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.shelter.internal.Bed;
import org.sira.shelter.internal.BedState;
import org.sira.shelter.Board;
import org.sira.shelter.internal.Centre;
import org.sira.shelter.Occupancy;
import org.sira.shelter.internal.Room;
import org.sira.shelter.RoomKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Centres, rooms and beds, and what a centre looks like tonight. */
@Repository
public class CentreStore {

    private final JdbcClient jdbc;

    CentreStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertCentre(Centre centre, OffsetDateTime at, String by) {
        jdbc.sql("INSERT INTO shelter_centre (id, name, created_at, created_by) VALUES (:id, :name, :at, :by)")
                .param("id", centre.id()).param("name", centre.name()).param("at", at).param("by", by).update();
    }

    public void insertRoom(UUID centreId, Room room, OffsetDateTime at, String by) {
        jdbc.sql("INSERT INTO shelter_room (id, centre_id, name, kind, created_at, created_by) VALUES (:id, :centre, :name, :kind, :at, :by)")
                .param("id", room.id()).param("centre", centreId).param("name", room.name()).param("kind", room.kind().name())
                .param("at", at).param("by", by).update();
        int position = 0;
        for (Room.BedLabel bed : room.beds()) {
            jdbc.sql("INSERT INTO shelter_bed (id, room_id, label, position) VALUES (:id, :room, :label, :position)")
                    .param("id", bed.id()).param("room", room.id()).param("label", bed.label()).param("position", position++).update();
        }
    }

    /** The rooms of a centre with their beds, by name. */
    public List<Room> rooms(UUID centreId) {
        Map<UUID, Room> rooms = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.id AS room_id, r.name, r.kind, b.id AS bed_id, b.label FROM shelter_room r
                        LEFT JOIN shelter_bed b ON b.room_id = r.id WHERE r.centre_id = :c ORDER BY r.name, r.id, b.position""")
                .param("c", centreId)
                .query(rs -> {
                    Room room = rooms.computeIfAbsent(rs.getObject("room_id", UUID.class), id -> new Room(id, text(rs, "name"),
                            RoomKind.valueOf(text(rs, "kind")), new ArrayList<>()));
                    UUID bedId = rs.getObject("bed_id", UUID.class);
                    if (bedId != null) {
                        room.beds().add(new Room.BedLabel(bedId, rs.getString("label")));
                    }
                });
        return List.copyOf(rooms.values());
    }

    private static String text(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int bedCount(UUID centreId) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_bed b JOIN shelter_room r ON r.id = b.room_id WHERE r.centre_id = :c")
                .param("c", centreId).query(Integer.class).single();
    }

    public Optional<Centre> find(UUID id) {
        return jdbc.sql("SELECT id, name FROM shelter_centre WHERE id = :id").param("id", id)
                .query((rs, n) -> new Centre(rs.getObject("id", UUID.class), rs.getString("name"))).optional();
    }

    public List<Centre> all() {
        return jdbc.sql("SELECT id, name FROM shelter_centre ORDER BY name, id")
                .query((rs, n) -> new Centre(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    public Optional<Bed> bed(UUID id) {
        return jdbc.sql("""
                        SELECT b.id, b.label, r.id AS room_id, r.name AS room_name, r.kind, r.centre_id
                        FROM shelter_bed b JOIN shelter_room r ON r.id = b.room_id WHERE b.id = :id""")
                .param("id", id).query(CentreStore::bed).optional();
    }

    /** Every bed of the centre, room by room, and whether it is free. */
    public List<BedState> beds(UUID centreId) {
        return jdbc.sql("""
                        SELECT b.id, b.label, r.id AS room_id, r.name AS room_name, r.kind, r.centre_id,
                               (SELECT COUNT(*) FROM shelter_stay s WHERE s.open_bed_id = b.id) AS taken
                        FROM shelter_bed b JOIN shelter_room r ON r.id = b.room_id
                        WHERE r.centre_id = :c ORDER BY r.name, r.id, b.position""")
                .param("c", centreId).query((rs, n) -> new BedState(bed(rs, n), rs.getInt("taken") == 0)).list();
    }

    /** The open stays of a centre whose persons pass {@code visiblePerson} (a condition on {@code p}). */
    public List<Occupancy.OpenStay> openStays(UUID centreId, String visiblePerson) {
        return jdbc.sql("SELECT s.id, s.person_id, s.bed_id, s.check_in FROM shelter_stay s JOIN person p ON p.id = s.person_id "
                        + "WHERE s.centre_id = :c AND s.check_out IS NULL AND " + visiblePerson + " ORDER BY s.check_in, s.id")
                .param("c", centreId)
                .query((rs, n) -> new Occupancy.OpenStay(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("bed_id", UUID.class), instant(rs, "check_in"))).list();
    }

    public int occupiedBeds(UUID centreId) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE centre_id = :c AND check_out IS NULL")
                .param("c", centreId).query(Integer.class).single();
    }

    /** The rooms of a centre with each bed and its occupant, named only when {@code visiblePerson} (on {@code p}) holds. */
    public List<Board.BoardRoom> board(UUID centreId, String visiblePerson) {
        Map<UUID, Board.BoardRoom> rooms = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.id AS room_id, r.name AS room_name, r.kind, b.id AS bed_id, b.label,
                               s.id AS stay_id, s.check_in, p.id AS person_id, p.family_name, p.given_names, p.file_number,
                               CASE WHEN p.id IS NULL THEN 1 WHEN %s THEN 1 ELSE 0 END AS shown
                        FROM shelter_room r
                        LEFT JOIN shelter_bed b ON b.room_id = r.id
                        LEFT JOIN shelter_stay s ON s.open_bed_id = b.id
                        LEFT JOIN person p ON p.id = s.person_id
                        WHERE r.centre_id = :c ORDER BY r.name, r.id, b.position""".formatted(visiblePerson))
                .param("c", centreId)
                .query(rs -> {
                    UUID roomId = rs.getObject("room_id", UUID.class);
                    Board.BoardRoom room = rooms.computeIfAbsent(roomId, id -> new Board.BoardRoom(id, text(rs, "room_name"),
                            RoomKind.valueOf(text(rs, "kind")), new ArrayList<>()));
                    UUID bedId = rs.getObject("bed_id", UUID.class);
                    if (bedId == null) {
                        return;
                    }
                    UUID stayId = rs.getObject("stay_id", UUID.class);
                    boolean shown = rs.getInt("shown") == 1;
                    room.beds().add(stayId == null || !shown
                            ? new Board.BoardBed(bedId, rs.getString("label"), stayId == null, null, null, null, null, null)
                            : new Board.BoardBed(bedId, rs.getString("label"), false, stayId, rs.getObject("person_id", UUID.class),
                            name(rs.getString("family_name"), rs.getString("given_names")), rs.getString("file_number"),
                            instant(rs, "check_in")));
                });
        return List.copyOf(rooms.values());
    }

    static String name(String family, String given) {
        return ((family == null ? "" : family.toUpperCase(java.util.Locale.ROOT)) + " " + (given == null ? "" : given)).strip();
    }

    private static Bed bed(ResultSet rs, int n) throws SQLException {
        return new Bed(rs.getObject("id", UUID.class), rs.getString("label"), rs.getObject("room_id", UUID.class),
                rs.getString("room_name"), RoomKind.valueOf(rs.getString("kind")), rs.getObject("centre_id", UUID.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
