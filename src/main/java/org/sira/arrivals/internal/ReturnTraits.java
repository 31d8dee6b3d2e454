package org.sira.arrivals.internal;

import org.sira.arrivals.CountedPerson;
import org.sira.arrivals.PersonReturn;
import org.sira.people.PersonFacts;
import org.sira.people.Vulnerability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each return repeats of its person, so that the statistics and the reports count returns
 * from one index range without reading a million persons: sex, region, date of birth and
 * vulnerabilities ({@link CountedPerson}), the person's age at arrival ({@link #ageAt}), and
 * whether the person had come back before ({@code repeat_return}: a return of the same person, not
 * removed, arrived on an earlier day).
 * Only {@link ReturnStore} and {@link ReturnsFollowPersons} write them, on every change that can
 * alter them, inside the change's transaction, and every rewrite names its months to {@link ReturnMonths}.
 */
@Component
class ReturnTraits {

    static final List<String> COLUMNS = List.of("person_sex", "origin_region_code", "origin_region_text",
            "person_birth_date", "person_vulnerabilities");

    /** Persons named in one statement: far below any database's limit on parameters. */
    private static final int BATCH = 1_000;

    /** {@link #ageAt} in SQL that H2 and PostgreSQL both read, from a return's own columns (as V080 counts it). */
    static final String AGE_SQL = """
            EXTRACT(YEAR FROM arrival_date) - EXTRACT(YEAR FROM person_birth_date)
              - CASE WHEN EXTRACT(MONTH FROM arrival_date) * 100 + EXTRACT(DAY FROM arrival_date)
                        < EXTRACT(MONTH FROM person_birth_date) * 100 + EXTRACT(DAY FROM person_birth_date) THEN 1 ELSE 0 END""";

    /** Age and repeat of every return of some persons, from what the rows hold. */
    private static final String RECOUNT = """
            UPDATE person_return SET
              person_age = %s,
              repeat_return = CASE WHEN EXISTS (SELECT 1 FROM person_return e WHERE e.person_id = person_return.person_id
                AND e.voided = FALSE AND e.arrival_date < person_return.arrival_date) THEN TRUE ELSE FALSE END
            WHERE person_id IN (:ids)""".formatted(AGE_SQL);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PersonFacts persons;
    private final ReturnMonths months;

    ReturnTraits(JdbcClient jdbc, JdbcTemplate template, PersonFacts persons, ReturnMonths months) {
        this.jdbc = jdbc;
        this.template = template;
        this.persons = persons;
        this.months = months;
    }

    /** The persons' traits as they are now, those the caller has at hand taken as given. */
    Map<UUID, CountedPerson> of(Collection<UUID> personIds, Map<UUID, CountedPerson> known) {
        Map<UUID, CountedPerson> traits = new HashMap<>(known);
        persons.of(personIds.stream().filter(id -> !known.containsKey(id)).distinct().toList())
                .forEach((id, facts) -> traits.put(id, new CountedPerson(facts.sex() == null ? null : facts.sex().name(),
                        facts.originRegionCode(), facts.originRegionText(), facts.birthDate(), Vulnerability.joined(facts.vulnerabilities()))));
        return traits;
    }

    static Object[] columns(CountedPerson p) {
        return p == null ? new Object[COLUMNS.size()]
                : new Object[] {p.sex(), p.originRegionCode(), p.originRegionText(), p.birthDate(), p.vulnerabilities()};
    }

    /**
     * Full years from a date of birth to an arrival, a birthday not yet reached that year taking one
     * off (as {@link #RECOUNT} and V080 count in SQL, negative ages included); null without a birth.
     */
    static Integer ageAt(LocalDate birth, LocalDate arrival) {
        if (birth == null) {
            return null;
        }
        int beforeBirthday = arrival.getMonthValue() * 100 + arrival.getDayOfMonth() < birth.getMonthValue() * 100 + birth.getDayOfMonth() ? 1 : 0;
        return arrival.getYear() - birth.getYear() - beforeBirthday;
    }

    /**
     * Whether each of these new returns follows an earlier one of its person, among those stored and
     * the new ones; persons with a stored return later than one of their new ones are added to
     * {@code backdated}, whose stored returns then need {@link #recount}. Two transactions recording
     * returns of one person at the same moment do not see each other's; the person's next change
     * recounts them.
     */
    Map<UUID, Boolean> repeats(List<PersonReturn> returns, Set<UUID> backdated) {
        Map<UUID, LocalDate[]> stored = storedSpans(returns.stream().map(PersonReturn::personId).collect(Collectors.toSet()));
        Map<UUID, LocalDate> earliestNew = new HashMap<>();
        for (PersonReturn r : returns) {
            earliestNew.merge(r.personId(), r.details().arrivalDate(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<UUID, Boolean> repeats = new HashMap<>();
        for (PersonReturn r : returns) {
            LocalDate arrival = r.details().arrivalDate();
            LocalDate[] span = stored.get(r.personId());
            boolean afterStored = span != null && span[0].isBefore(arrival);
            repeats.put(r.id(), afterStored || earliestNew.get(r.personId()).isBefore(arrival));
            if (span != null && span[1].isAfter(earliestNew.get(r.personId()))) {
                backdated.add(r.personId());
            }
        }
        return repeats;
    }

    /** First and last arrival of each person's stored returns not removed. */
    private Map<UUID, LocalDate[]> storedSpans(Collection<UUID> personIds) {
        Map<UUID, LocalDate[]> spans = new HashMap<>();
        List<UUID> ids = new ArrayList<>(personIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            jdbc.sql("""
                    SELECT person_id, MIN(arrival_date), MAX(arrival_date) FROM person_return
                    WHERE person_id IN (:ids) AND voided = FALSE GROUP BY person_id""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .query(rs -> {
                        spans.put(rs.getObject(1, UUID.class),
                                new LocalDate[] {rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)});
                    });
        }
        return spans;
    }

    /** Copies the persons' current traits onto all their returns and recounts ages and repeats (after an edit or a merge). */
    void refresh(Collection<UUID> personIds) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(personIds));
        Map<UUID, CountedPerson> traits = of(ids, Map.of());
        List<Object[]> rows = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Object[] values = Arrays.copyOf(columns(traits.get(id)), COLUMNS.size() + 1);
            values[COLUMNS.size()] = id;
            rows.add(values);
        }
        template.batchUpdate("UPDATE person_return SET " + String.join(" = ?, ", COLUMNS) + " = ? WHERE person_id = ?", rows);
        recount(ids);
    }

    /** Recounts, for every return of these persons, the age at arrival and whether an earlier return exists. */
    void recount(Collection<UUID> personIds) {
        months.changedForPersons(personIds);
        List<UUID> ids = new ArrayList<>(new HashSet<>(personIds));
        ids.sort(Comparator.naturalOrder());
        for (int from = 0; from < ids.size(); from += BATCH) {
            jdbc.sql(RECOUNT).param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).update();
        }
    }

    /** As {@link #recount}, for the person of one return (its date corrected, or it removed). */
    void recountPersonOf(UUID returnId) {
        jdbc.sql("SELECT person_id FROM person_return WHERE id = :id").param("id", returnId).query(UUID.class).optional()
                .ifPresent(person -> recount(List.of(person)));
    }
}
