package org.sira.shelter.internal;

import org.sira.shelter.Stays;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.shelter.BedMove;
import org.sira.shelter.CheckOutReason;
import org.sira.shelter.internal.Stay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.sira.shelter.internal.CentreStore.instant;
import static org.sira.shelter.internal.CentreStore.utc;

/**
 * Stays. An open stay keeps its bed and person in {@code open_bed_id} and {@code open_person_id},
 * whose unique keys refuse a second open stay of either: the insert of the loser of two
 * simultaneous check-ins fails with a duplicate key.
 */
@Repository
public class StayStore {

    private final JdbcClient jdbc;

    StayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Stay stay) {
        jdbc.sql("""
                        INSERT INTO shelter_stay (id, person_id, bed_id, centre_id, check_in, open_bed_id, open_person_id,
                                                  age_confirmed_adult, checked_in_by, version)
                        VALUES (:id, :person, :bed, :centre, :in, :bed, :person, :confirmed, :by, 0)""")
                .param("id", stay.id()).param("person", stay.personId()).param("bed", stay.bedId())
                .param("centre", stay.centreId()).param("in", utc(stay.checkIn()))
                .param("confirmed", stay.ageConfirmedAdult()).param("by", stay.checkedInBy()).update();
    }

    /** Saves a check-out if nobody changed the stay since it was read. */
    public boolean checkOut(Stay stay) {
        return jdbc.sql("""
                        UPDATE shelter_stay SET check_out = :out, check_out_reason = :reason, checked_out_by = :by,
                               open_bed_id = NULL, open_person_id = NULL, version = version + 1
                        WHERE id = :id AND version = :version AND check_out IS NULL""")
                .param("out", utc(stay.checkOut())).param("reason", stay.reason().name()).param("by", stay.checkedOutBy())
                .param("id", stay.id()).param("version", stay.version()).update() == 1;
    }

    /**
     * Saves a move to another bed if nobody changed the stay since it was read, and notes the bed
     * it left. The bed's unique open key refuses a bed another stay took meanwhile.
     */
    public boolean move(Stay moved, UUID fromBed, Instant at, String by) {
        boolean saved = jdbc.sql("""
                        UPDATE shelter_stay SET bed_id = :bed, open_bed_id = :bed, age_confirmed_adult = :confirmed, version = version + 1
                        WHERE id = :id AND version = :version AND check_out IS NULL""")
                .param("bed", moved.bedId()).param("confirmed", moved.ageConfirmedAdult()).param("id", moved.id())
                .param("version", moved.version()).update() == 1;
        if (saved) {
            jdbc.sql("""
                            INSERT INTO shelter_bed_move (id, stay_id, from_bed_id, to_bed_id, moved_at, moved_by)
                            VALUES (:id, :stay, :from, :to, :at, :by)""")
                    .param("id", org.sira.shared.Ids.newId()).param("stay", moved.id()).param("from", fromBed).param("to", moved.bedId())
                    .param("at", utc(at)).param("by", by).update();
        }
        return saved;
    }

    /** When the stay last changed bed; empty when it never did. */
    public Optional<Instant> lastMove(UUID stayId) {
        return jdbc.sql("SELECT moved_at FROM shelter_bed_move WHERE stay_id = :s ORDER BY moved_at DESC FETCH FIRST 1 ROWS ONLY")
                .param("s", stayId).query((rs, n) -> instant(rs, "moved_at")).optional();
    }

    /** The beds a stay slept in before its present one, oldest first. */
    public List<BedMove> moves(UUID stayId) {
        return jdbc.sql("SELECT from_bed_id, to_bed_id, moved_at, moved_by FROM shelter_bed_move WHERE stay_id = :s ORDER BY moved_at, id")
                .param("s", stayId).query((rs, n) -> new BedMove(rs.getObject("from_bed_id", UUID.class), rs.getObject("to_bed_id", UUID.class),
                        instant(rs, "moved_at"), rs.getString("moved_by"))).list();
    }

    /** Whether the bed was slept in after {@code at} by a stay that since ended or moved on: a move in then would overlap it. */
    public boolean bedUsedAfter(UUID bedId, Instant at) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM shelter_stay WHERE bed_id = :b AND check_out > :at)
                             + (SELECT COUNT(*) FROM shelter_bed_move WHERE from_bed_id = :b AND moved_at > :at)""")
                .param("b", bedId).param("at", utc(at)).query(Integer.class).single() > 0;
    }

    public Optional<Stay> find(UUID id) {
        return jdbc.sql("SELECT * FROM shelter_stay WHERE id = :id").param("id", id).query(StayStore::stay).optional();
    }

    public Optional<Stay> openStayOf(UUID personId) {
        return jdbc.sql("SELECT * FROM shelter_stay WHERE open_person_id = :p").param("p", personId).query(StayStore::stay).optional();
    }

    public boolean bedTaken(UUID bedId) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE open_bed_id = :b").param("b", bedId).query(Integer.class).single() > 0;
    }

    /** Whether a closed stay of this person or this bed ended after {@code at}: a stay beginning then would overlap it. */
    public boolean endsAfter(UUID personId, UUID bedId, Instant at) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE person_id = :p AND check_out > :at")
                .param("p", personId).param("at", utc(at)).query(Integer.class).single() > 0 || bedUsedAfter(bedId, at);
    }

    private static Stay stay(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("check_out_reason");
        return new Stay(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getObject("bed_id", UUID.class),
                rs.getObject("centre_id", UUID.class), instant(rs, "check_in"), instant(rs, "check_out"),
                reason == null ? null : CheckOutReason.valueOf(reason), rs.getBoolean("age_confirmed_adult"),
                rs.getString("checked_in_by"), rs.getString("checked_out_by"), rs.getInt("version"));
    }
}
