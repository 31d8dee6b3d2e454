package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions of support groups and who was present at each. */
@Repository
public class GroupSessionStore {

    private final JdbcClient jdbc;

    GroupSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session as stored. */
    public record SessionRow(UUID id, UUID groupId, LocalDate date, String theme, int version) {
    }

    public void insert(SessionRow s, String requestKey, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO support_group_session (id, group_id, held_on, theme, request_key, created_at, created_by,
                    updated_at, updated_by, version)
                VALUES (:id, :group, :on, :theme, :key, :at, :by, :at, :by, 0)""")
                .param("id", s.id()).param("group", s.groupId()).param("on", s.date()).param("theme", s.theme())
                .param("key", requestKey).param("at", at).param("by", by).update();
    }

    /** The session, when it belongs to that group. */
    public Optional<SessionRow> find(UUID groupId, UUID id) {
        return jdbc.sql("SELECT id, group_id, held_on, theme, version FROM support_group_session WHERE id = :id AND group_id = :group")
                .param("id", id).param("group", groupId)
                .query((rs, row) -> new SessionRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getInt(5))).optional();
    }

    /** The memberships marked present at the session. */
    public Set<UUID> present(UUID sessionId) {
        return new HashSet<>(jdbc.sql("SELECT member_id FROM support_group_attendance WHERE session_id = :id")
                .param("id", sessionId).query(UUID.class).list());
    }

    /**
     * The attendance now says exactly these were present; false, and nothing changed, when someone
     * changed the session since {@code expectedVersion}.
     */
    public boolean replaceAttendance(UUID sessionId, int expectedVersion, List<UUID> memberIds, OffsetDateTime at, String by) {
        boolean mine = jdbc.sql("""
                UPDATE support_group_session SET version = version + 1, updated_at = :at, updated_by = :by
                WHERE id = :id AND version = :version""")
                .param("at", at).param("by", by).param("id", sessionId).param("version", expectedVersion).update() == 1;
        if (!mine) {
            return false;
        }
        jdbc.sql("DELETE FROM support_group_attendance WHERE session_id = :id").param("id", sessionId).update();
        for (UUID member : memberIds) {
            jdbc.sql("INSERT INTO support_group_attendance (session_id, member_id) VALUES (:session, :member)")
                    .param("session", sessionId).param("member", member).update();
        }
        return true;
    }
}
