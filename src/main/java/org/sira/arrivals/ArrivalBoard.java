package org.sira.arrivals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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

    /** What a returnee of the group needs tonight, as the board counts it and the group page filters by it. */
    public enum Flag {
        MINOR, URGENT, PREGNANT, BED, VIOLATED, UNCHECKED
    }

    /** A returnee of the group the reader may see: their return, whether the rights check is done, their flags. */
    public record Returnee(UUID personId, UUID returnId, boolean checked, Set<Flag> flags) {

        public boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    /** A return of the group with its rights check, if any. */
    private record Checked(UUID personId, UUID returnId, boolean checked, boolean minorAlone, boolean medicalUrgent,
                           boolean bedTonight, boolean violated) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Board of(UUID groupId) {
        ArrivalGroup group = groups.find(groupId);
        List<Returnee> seen = returnees(group);
        long manifestRows = jdbc.sql("SELECT COUNT(*) FROM manifest_row WHERE group_id = :g").param("g", groupId)
                .query(Long.class).single();
        long reviewed = jdbc.sql("SELECT COUNT(*) FROM manifest_row WHERE group_id = :g AND status <> 'PENDING'")
                .param("g", groupId).query(Long.class).single();
        return new Board(group.expectedCount(), seen.size(), manifestRows, reviewed, count(seen, Flag.MINOR),
                count(seen, Flag.URGENT), count(seen, Flag.PREGNANT), count(seen, Flag.BED),
                seen.size() - count(seen, Flag.UNCHECKED), count(seen, Flag.VIOLATED));
    }

    /** The group's returnees the reader may see, in the order they were registered, each with what the board counts them for. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<Returnee> returnees(UUID groupId) {
        return returnees(groups.find(groupId));
    }

    private List<Returnee> returnees(ArrivalGroup group) {
        List<Checked> returns = jdbc.sql("""
                SELECT r.person_id, r.id, c.return_id, c.minor_alone, c.medical_urgent, c.needs_bed_tonight,
                  CASE WHEN c.violence = TRUE OR c.belongings_withheld = TRUE OR c.wages_unpaid = TRUE
                         OR c.family_separated = TRUE OR c.informed_of_rights = FALSE OR c.consular_access = FALSE
                       THEN TRUE ELSE FALSE END AS violated
                FROM person_return r LEFT JOIN rights_check c ON c.return_id = r.id
                WHERE r.group_id = :g AND r.voided = FALSE ORDER BY r.created_at, r.id""").param("g", group.id())
                .query((rs, n) -> new Checked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3) != null,
                        rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7))).list();
        List<Checked> seen = visibility.visible(returns, Checked::personId);
        Map<UUID, PersonFacts.Facts> facts = persons.of(seen.stream().map(Checked::personId).toList());
        LocalDate adultBorn = group.arrivalDate().minusYears(18);
        List<Returnee> result = new ArrayList<>();
        for (Checked r : seen) {
            PersonFacts.Facts person = facts.get(r.personId());
            Set<Vulnerability> vulnerable = person == null ? Set.of() : person.vulnerabilities();
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            if (vulnerable.contains(Vulnerability.UNACCOMPANIED_MINOR) || r.minorAlone()
                    || (person != null && person.birthDate() != null && person.birthDate().isAfter(adultBorn))) {
                flags.add(Flag.MINOR);
            }
            if (r.medicalUrgent() || vulnerable.contains(Vulnerability.INJURY)) {
                flags.add(Flag.URGENT);
            }
            if (vulnerable.contains(Vulnerability.PREGNANT)) {
                flags.add(Flag.PREGNANT);
            }
            if (r.bedTonight()) {
                flags.add(Flag.BED);
            }
            if (r.violated()) {
                flags.add(Flag.VIOLATED);
            }
            if (!r.checked()) {
                flags.add(Flag.UNCHECKED);
            }
            result.add(new Returnee(r.personId(), r.returnId(), r.checked(), Set.copyOf(flags)));
        }
        return result;
    }

    private static long count(List<Returnee> returnees, Flag flag) {
        return returnees.stream().filter(r -> r.has(flag)).count();
    }
}
