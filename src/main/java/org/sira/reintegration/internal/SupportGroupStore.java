package org.sira.reintegration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.reintegration.Membership;
import org.sira.reintegration.SupportGroupSummary;
import org.sira.reintegration.SupportGroupView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Support groups and their memberships. {@code visible} arguments are the people module's SQL
 * condition on the person (alias {@code p}) the reader may see.
 */
@Repository
public class SupportGroupStore {

    private final JdbcClient jdbc;

    SupportGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A group's own fields, as written. */
    public record Fields(String name, String facilitator, String place, LocalDate startedOn, boolean active) {
    }

    public void insert(UUID id, Fields f, String requestKey, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO support_group (id, name, facilitator, place, started_on, active, request_key,
                    created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :name, :facilitator, :place, :started, :active, :key, :at, :by, :at, :by, 0)""")
                .param("id", id).param("name", f.name()).param("facilitator", f.facilitator()).param("place", f.place())
                .param("started", f.startedOn()).param("active", f.active()).param("key", requestKey)
                .param("at", at).param("by", by).update();
    }

    /** Saves the group's fields; false when someone changed it since {@code expectedVersion}. */
    public boolean update(UUID id, int expectedVersion, Fields f, OffsetDateTime at, String by) {
        return jdbc.sql("""
                UPDATE support_group SET name = :name, facilitator = :facilitator, place = :place, started_on = :started,
                    active = :active, updated_at = :at, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", f.name()).param("facilitator", f.facilitator()).param("place", f.place())
                .param("started", f.startedOn()).param("active", f.active()).param("at", at).param("by", by)
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    /**
     * Notes a change to the group's members, holding its row until the change commits, so that two
     * joins of one person at the same moment are decided one after the other. False when there is no such group.
     */
    public boolean lock(UUID id, OffsetDateTime at, String by) {
        return jdbc.sql("UPDATE support_group SET version = version + 1, updated_at = :at, updated_by = :by WHERE id = :id")
                .param("at", at).param("by", by).param("id", id).update() == 1;
    }

    public void addMember(UUID id, UUID groupId, UUID personId, LocalDate joinedOn, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO support_group_member (id, group_id, person_id, joined_on, created_at, created_by, updated_at, updated_by)
                VALUES (:id, :group, :person, :on, :at, :by, :at, :by)""")
                .param("id", id).param("group", groupId).param("person", personId).param("on", joinedOn)
                .param("at", at).param("by", by).update();
    }

    public void endMembership(UUID memberId, LocalDate leftOn, OffsetDateTime at, String by) {
        jdbc.sql("UPDATE support_group_member SET left_on = :on, updated_at = :at, updated_by = :by WHERE id = :id AND left_on IS NULL")
                .param("on", leftOn).param("at", at).param("by", by).param("id", memberId).update();
    }

    public Optional<SupportGroupView> find(UUID id, String visible) {
        Optional<SupportGroupView> group = jdbc.sql("SELECT * FROM support_group WHERE id = :id").param("id", id)
                .query((rs, row) -> new SupportGroupView(id, rs.getString("name"), rs.getString("facilitator"),
                        rs.getString("place"), rs.getObject("started_on", LocalDate.class), rs.getBoolean("active"),
                        rs.getInt("version"), List.of(), List.of())).optional();
        return group.map(g -> new SupportGroupView(g.id(), g.name(), g.facilitator(), g.place(), g.startedOn(), g.active(),
                g.version(), members(id, visible), sessions(id)));
    }

    private List<SupportGroupView.Member> members(UUID groupId, String visible) {
        return jdbc.sql("""
                        SELECT m.id, m.person_id, p.file_number, p.family_name, p.given_names, m.joined_on, m.left_on
                        FROM support_group_member m JOIN person p ON p.id = m.person_id
                        WHERE m.group_id = :group AND""" + " " + visible
                        + " ORDER BY CASE WHEN m.left_on IS NULL THEN 0 ELSE 1 END, p.family_name, p.given_names, m.joined_on, m.id")
                .param("group", groupId)
                .query((rs, row) -> new SupportGroupView.Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class))).list();
    }

    private List<SupportGroupView.Session> sessions(UUID groupId) {
        return jdbc.sql("""
                        SELECT s.id, s.held_on, s.theme, s.version,
                            (SELECT COUNT(*) FROM support_group_attendance a WHERE a.session_id = s.id)
                        FROM support_group_session s WHERE s.group_id = :group ORDER BY s.held_on DESC, s.created_at DESC""")
                .param("group", groupId)
                .query((rs, row) -> new SupportGroupView.Session(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getInt(5), rs.getInt(4))).list();
    }

    /** A page of groups, those still meeting first, then by name; {@code active} null: all of them. */
    public List<SupportGroupSummary> list(Boolean active, long offset, int size) {
        return jdbc.sql("""
                        SELECT g.id, g.name, g.facilitator, g.place, g.started_on, g.active,
                            (SELECT COUNT(*) FROM support_group_member m WHERE m.group_id = g.id AND m.left_on IS NULL),
                            (SELECT COUNT(*) FROM support_group_session s WHERE s.group_id = g.id),
                            (SELECT MAX(s.held_on) FROM support_group_session s WHERE s.group_id = g.id)
                        FROM support_group g""" + where(active)
                        + " ORDER BY CASE WHEN g.active THEN 0 ELSE 1 END, g.name, g.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("offset", offset).param("size", size)
                .query(SupportGroupStore::summary).list();
    }

    public long count(Boolean active) {
        return jdbc.sql("SELECT COUNT(*) FROM support_group g" + where(active)).query(Long.class).single();
    }

    private static String where(Boolean active) {
        return active == null ? " " : active ? " WHERE g.active = TRUE " : " WHERE g.active = FALSE ";
    }

    private static SupportGroupSummary summary(ResultSet rs, int row) throws SQLException {
        return new SupportGroupSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getObject(9, LocalDate.class));
    }

    /** The groups a person belongs or belonged to, current memberships first. */
    public List<Membership> memberships(UUID personId) {
        return jdbc.sql("""
                        SELECT m.id, g.id, g.name, g.place, g.active, m.joined_on, m.left_on
                        FROM support_group_member m JOIN support_group g ON g.id = m.group_id
                        WHERE m.person_id = :person
                        ORDER BY CASE WHEN m.left_on IS NULL THEN 0 ELSE 1 END, m.joined_on DESC, m.id""")
                .param("person", personId)
                .query((rs, row) -> new Membership(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** The person with this file number (as the pages name them). */
    public Optional<UUID> personWithFileNumber(String fileNumber) {
        return jdbc.sql("SELECT id FROM person WHERE file_number = :n").param("n", fileNumber).query(UUID.class).optional();
    }
}
