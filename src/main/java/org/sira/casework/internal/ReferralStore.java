package org.sira.casework.internal;

import org.sira.casework.Referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.casework.ReferralStatus;
import org.sira.casework.ReferralView;
import org.sira.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals and the updates added to them. */
@Repository
public class ReferralStore {

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new referral as sent. */
    public record NewReferral(UUID id, UUID personId, String partner, String service, boolean sharesData,
                              String overrideReason, ReferralStatus status, OffsetDateTime at, String by) {
    }

    public void insert(NewReferral r) {
        jdbc.sql("""
                INSERT INTO referral (id, person_id, partner, service, shares_data, override_reason, status,
                    created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :person, :partner, :service, :shares, :reason, :status, :at, :by, :at, :by, 0)""")
                .param("id", r.id()).param("person", r.personId()).param("partner", r.partner()).param("service", r.service())
                .param("shares", r.sharesData()).param("reason", r.overrideReason()).param("status", r.status().name())
                .param("at", r.at()).param("by", r.by()).update();
    }

    /** Adds an update, and moves the referral to its status if it has one; false if someone changed it first. */
    public boolean addUpdate(UUID referralId, int expectedVersion, ReferralStatus status, String feedback,
                             OffsetDateTime at, String by) {
        // Only a given status is written: PostgreSQL cannot type a bare null parameter in COALESCE.
        String newStatus = status == null ? "" : "status = :status, ";
        var update = jdbc.sql("UPDATE referral SET " + newStatus
                        + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id AND version = :version")
                .param("at", at).param("by", by).param("id", referralId).param("version", expectedVersion);
        int changed = (status == null ? update : update.param("status", status.name())).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO referral_update (id, referral_id, status, feedback, created_at, created_by)
                VALUES (:id, :referral, :status, :feedback, :at, :by)""")
                .param("id", Ids.newId()).param("referral", referralId).param("status", status == null ? null : status.name())
                .param("feedback", feedback).param("at", at).param("by", by).update();
        return true;
    }

    public Optional<ReferralView> find(UUID personId, UUID id) {
        List<ReferralView> found = select("WHERE person_id = :person AND id = :id", Map.of("person", personId, "id", id));
        return found.stream().findFirst();
    }

    /** A person's referrals, oldest first. */
    public List<ReferralView> ofPerson(UUID personId) {
        return select("WHERE person_id = :person", Map.of("person", personId));
    }

    private List<ReferralView> select(String where, Map<String, Object> params) {
        List<ReferralView> referrals = jdbc.sql("SELECT * FROM referral " + where + " ORDER BY created_at, id")
                .params(params).query(ReferralStore::referral).list();
        if (referrals.isEmpty()) {
            return referrals;
        }
        Map<UUID, List<ReferralView.Update>> updates = new HashMap<>();
        jdbc.sql("SELECT * FROM referral_update WHERE referral_id IN (:ids) ORDER BY created_at, id")
                .param("ids", referrals.stream().map(ReferralView::id).toList())
                .query(rs -> {
                    String status = rs.getString("status");
                    updates.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                            .add(new ReferralView.Update(status == null ? null : ReferralStatus.valueOf(status),
                                    rs.getString("feedback"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by")));
                });
        return referrals.stream().map(r -> new ReferralView(r.id(), r.personId(), r.partner(), r.service(), r.sharesData(),
                r.consentOverridden(), r.overrideReason(), r.status(), r.createdAt(), r.createdBy(), r.version(),
                updates.getOrDefault(r.id(), List.of()))).toList();
    }

    private static ReferralView referral(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("override_reason");
        return new ReferralView(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("partner"),
                rs.getString("service"), rs.getBoolean("shares_data"), reason != null, reason,
                ReferralStatus.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getInt("version"), List.of());
    }
}
