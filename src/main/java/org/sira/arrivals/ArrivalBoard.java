package org.sira.arrivals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sira.people.PersonFacts;
import org.sira.people.PersonVisibility;
import org.sira.people.Vulnerability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The night's board of an arrival group, counted from the database at every refresh. It counts the
 * persons the reader may see: a protected person is counted on the boards of those who may see her.
 * The group's returns and rights checks are arrivals' own; what makes a returnee a minor or
 * pregnant is asked of people for the whole group at once.
 */
@Service
public class ArrivalBoard {

    private final JdbcClient jdbc;
    private final ArrivalGroups groups;
    private final PersonVisibility visibility;
    private final PersonFacts persons;

    ArrivalBoard(JdbcClient jdbc, ArrivalGroups groups, PersonVisibility visibility, PersonFacts persons) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.visibility = visibility;
        this.persons = persons;
    }

    public record Board(Integer expected, long registered, long manifestRows, long reviewed, long minors,
                        long urgentMedical, long pregnant, long bedsTonight, long rightsChecked, long rightsViolations) {
    }

    /** A return of the group with its rights check, if any. */
    private record Checked(UUID personId, boolean checked, boolean minorAlone, boolean medicalUrgent, boolean bedTonight,
                           boolean violated) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Board of(UUID groupId) {
        ArrivalGroup group = groups.find(groupId);
        List<Checked> returns = jdbc.sql("""
                SELECT r.person_id, c.return_id, c.minor_alone, c.medical_urgent, c.needs_bed_tonight,
                  CASE WHEN c.violence = TRUE OR c.belongings_withheld = TRUE OR c.wages_unpaid = TRUE
                         OR c.family_separated = TRUE OR c.informed_of_rights = FALSE OR c.consular_access = FALSE
                       THEN TRUE ELSE FALSE END AS violated
                FROM person_return r LEFT JOIN rights_check c ON c.return_id = r.id
                WHERE r.group_id = :g AND r.voided = FALSE""").param("g", groupId)
                .query((rs, n) -> new Checked(rs.getObject(1, UUID.class), rs.getObject(2) != null, rs.getBoolean(3),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6))).list();
        List<Checked> seen = visibility.visible(returns, Checked::personId);
        Map<UUID, PersonFacts.Facts> facts = persons.of(seen.stream().map(Checked::personId).toList());
        LocalDate adultBorn = group.arrivalDate().minusYears(18);
        long minors = 0, urgent = 0, pregnant = 0, beds = 0, checked = 0, violations = 0;
        for (Checked r : seen) {
            PersonFacts.Facts person = facts.get(r.personId());
            Set<Vulnerability> vulnerable = person == null ? Set.of() : person.vulnerabilities();
            boolean minor = vulnerable.contains(Vulnerability.UNACCOMPANIED_MINOR) || r.minorAlone()
                    || (person != null && person.birthDate() != null && person.birthDate().isAfter(adultBorn));
            minors += minor ? 1 : 0;
            urgent += r.medicalUrgent() || vulnerable.contains(Vulnerability.INJURY) ? 1 : 0;
            pregnant += vulnerable.contains(Vulnerability.PREGNANT) ? 1 : 0;
            beds += r.bedTonight() ? 1 : 0;
            checked += r.checked() ? 1 : 0;
            violations += r.violated() ? 1 : 0;
        }
        long manifestRows = jdbc.sql("SELECT COUNT(*) FROM manifest_row WHERE group_id = :g").param("g", groupId)
                .query(Long.class).single();
        long reviewed = jdbc.sql("SELECT COUNT(*) FROM manifest_row WHERE group_id = :g AND status <> 'PENDING'")
                .param("g", groupId).query(Long.class).single();
        return new Board(group.expectedCount(), seen.size(), manifestRows, reviewed, minors, urgent, pregnant, beds,
                checked, violations);
    }
}
