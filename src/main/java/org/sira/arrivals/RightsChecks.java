package org.sira.arrivals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.sira.arrivals.internal.ReturnMonths;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the rights check of a returnee at arrival, and what the monitor saw of the group. */
@Service
public class RightsChecks {

    private final JdbcClient jdbc;
    private final Returns returns;
    private final AuditLog audit;
    private final Clock clock;
    private final ReturnMonths months;

    RightsChecks(JdbcClient jdbc, Returns returns, AuditLog audit, Clock clock, ReturnMonths months) {
        this.jdbc = jdbc;
        this.returns = returns;
        this.audit = audit;
        this.clock = clock;
        this.months = months;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Optional<RightsCheck> of(UUID returnId) {
        returns.find(returnId);
        return jdbc.sql("SELECT * FROM rights_check WHERE return_id = :id").param("id", returnId)
                .query((rs, n) -> new RightsCheck(bool(rs, "informed_of_rights"), bool(rs, "detained"),
                        (Integer) rs.getObject("detention_days"), bool(rs, "violence"), bool(rs, "belongings_withheld"),
                        bool(rs, "wages_unpaid"), bool(rs, "family_separated"), bool(rs, "consular_access"),
                        bool(rs, "medical_needs"), bool(rs, "medical_urgent"), bool(rs, "minor_alone"),
                        bool(rs, "needs_bed_tonight"), rs.getString("notes"), rs.getInt("version")))
                .optional();
    }

    /** Saves the checklist; a second save must carry the version it was based on. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public void record(UUID returnId, RightsCheck check) {
        PersonReturn checked = returns.find(returnId);
        if (check.detentionDays() != null && (check.detentionDays() < 0 || check.detentionDays() > 3650)) {
            throw InvalidInputException.of("detentionDays", "return.number.range", 0, 3650);
        }
        if (check.notes() != null && check.notes().length() > 500) {
            throw InvalidInputException.of("notes", "validation.Size", 500, 0);
        }
        Optional<RightsCheck> existing = of(returnId);
        String sql;
        if (existing.isEmpty()) {
            sql = """
                    INSERT INTO rights_check (informed_of_rights, detained, detention_days, violence, belongings_withheld,
                        wages_unpaid, family_separated, consular_access, medical_needs, medical_urgent, minor_alone,
                        needs_bed_tonight, notes, recorded_by, recorded_at, version, return_id, arrival_date)
                    VALUES (:informed, :detained, :days, :violence, :belongings, :wages, :family, :consular, :medical,
                        :urgent, :minor, :bed, :notes, :by, :at, 0, :id, (SELECT r.arrival_date FROM person_return r WHERE r.id = :id))""";
        } else {
            if (check.version() == null || !check.version().equals(existing.get().version())) {
                throw new StaleRecordException("RIGHTS_CHECK", returnId, existing.get());
            }
            sql = """
                    UPDATE rights_check SET informed_of_rights = :informed, detained = :detained, detention_days = :days,
                        violence = :violence, belongings_withheld = :belongings, wages_unpaid = :wages,
                        family_separated = :family, consular_access = :consular, medical_needs = :medical,
                        medical_urgent = :urgent, minor_alone = :minor, needs_bed_tonight = :bed, notes = :notes,
                        recorded_by = :by, recorded_at = :at, version = version + 1
                    WHERE return_id = :id AND version = :version""";
        }
        int changed = jdbc.sql(sql).param("informed", check.informedOfRights()).param("detained", check.detained())
                .param("days", check.detentionDays()).param("violence", check.violence())
                .param("belongings", check.belongingsWithheld()).param("wages", check.wagesUnpaid())
                .param("family", check.familySeparated()).param("consular", check.consularAccess())
                .param("medical", check.medicalNeeds()).param("urgent", check.medicalUrgent())
                .param("minor", check.minorAlone()).param("bed", check.needsBedTonight())
                .param("notes", check.notes() == null || check.notes().isBlank() ? null : check.notes().strip())
                .param("by", CurrentUser.name()).param("at", OffsetDateTime.now(clock)).param("id", returnId)
                .param("version", check.version() == null ? 0 : check.version()).update();
        if (changed == 0) {
            throw new StaleRecordException("RIGHTS_CHECK", returnId, existing.orElse(null));
        }
        months.changed(java.util.List.of(checked.details().arrivalDate()));
        audit.record(existing.isEmpty() ? "CREATE" : "UPDATE", "RIGHTS_CHECK", returnId.toString(), null, null);
    }

    /** What the monitor saw of the group. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public void observe(UUID groupId, Boolean monitorPresent, Boolean handedOverByOfficials, Boolean mistreatmentObserved,
                        String observations) {
        if (observations != null && observations.length() > 1000) {
            throw InvalidInputException.of("observations", "validation.Size", 1000, 0);
        }
        jdbc.sql("""
                UPDATE arrival_group SET monitor_present = :monitor, handed_over_by_officials = :officials,
                    mistreatment_observed = :mistreatment, observations = :observations, version = version + 1
                WHERE id = :id""")
                .param("monitor", monitorPresent).param("officials", handedOverByOfficials)
                .param("mistreatment", mistreatmentObserved)
                .param("observations", observations == null || observations.isBlank() ? null : observations.strip())
                .param("id", groupId).update();
        audit.record("UPDATE", "ARRIVAL_GROUP", groupId.toString(), null, "observations");
    }

    private static Boolean bool(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return (Boolean) rs.getObject(column);
    }
}
