package org.sira.arrivals;

import java.util.UUID;

import org.sira.people.PersonVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The night's board of an arrival group, counted from the database at every refresh. It counts the
 * persons the reader may see: a protected person is counted on the boards of those who may see her.
 */
@Service
public class ArrivalBoard {

    private final JdbcClient jdbc;
    private final ArrivalGroups groups;
    private final PersonVisibility visibility;

    ArrivalBoard(JdbcClient jdbc, ArrivalGroups groups, PersonVisibility visibility) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.visibility = visibility;
    }

    public record Board(Integer expected, long registered, long manifestRows, long reviewed, long minors,
                        long urgentMedical, long pregnant, long bedsTonight, long rightsChecked, long rightsViolations) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Board of(UUID groupId) {
        ArrivalGroup group = groups.find(groupId);
        return jdbc.sql("""
                SELECT
                  (SELECT COUNT(*) FROM manifest_row m WHERE m.group_id = :g) AS manifest_rows,
                  (SELECT COUNT(*) FROM manifest_row m WHERE m.group_id = :g AND m.status <> 'PENDING') AS reviewed,
                  COUNT(r.id) AS registered,
                  SUM(CASE WHEN p.vulnerabilities LIKE '%UNACCOMPANIED_MINOR%' OR c.minor_alone = TRUE
                           OR (p.birth_date IS NOT NULL AND p.birth_date > :adultBorn) THEN 1 ELSE 0 END) AS minors,
                  SUM(CASE WHEN c.medical_urgent = TRUE OR p.vulnerabilities LIKE '%INJURY%' THEN 1 ELSE 0 END) AS urgent,
                  SUM(CASE WHEN p.vulnerabilities LIKE '%PREGNANT%' THEN 1 ELSE 0 END) AS pregnant,
                  SUM(CASE WHEN c.needs_bed_tonight = TRUE THEN 1 ELSE 0 END) AS beds,
                  SUM(CASE WHEN c.return_id IS NOT NULL THEN 1 ELSE 0 END) AS checked,
                  SUM(CASE WHEN c.violence = TRUE OR c.belongings_withheld = TRUE OR c.wages_unpaid = TRUE
                           OR c.family_separated = TRUE OR c.informed_of_rights = FALSE OR c.consular_access = FALSE
                           THEN 1 ELSE 0 END) AS violations
                FROM person_return r
                JOIN person p ON p.id = r.person_id
                LEFT JOIN rights_check c ON c.return_id = r.id
                WHERE r.group_id = :g AND r.voided = FALSE AND\s""" + visibility.visiblePerson("p"))
                .param("g", groupId).param("adultBorn", group.arrivalDate().minusYears(18))
                .query((rs, n) -> new Board(group.expectedCount(), rs.getLong("registered"), rs.getLong("manifest_rows"),
                        rs.getLong("reviewed"), rs.getLong("minors"), rs.getLong("urgent"), rs.getLong("pregnant"),
                        rs.getLong("beds"), rs.getLong("checked"), rs.getLong("violations")))
                .single();
    }
}
