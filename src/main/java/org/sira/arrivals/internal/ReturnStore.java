package org.sira.arrivals.internal;

import org.sira.arrivals.Returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.CountedPerson;
import org.sira.arrivals.ReturnKind;
import org.sira.shared.jdbc.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Returns in portable SQL; updates check the version. Removal voids the row, it is never deleted. */
@Repository
public class ReturnStore {

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final ReturnTraits traits;
    private final ReturnMonths months;

    ReturnStore(JdbcClient jdbc, BulkInsert bulk, ReturnTraits traits, ReturnMonths months) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.traits = traits;
        this.months = months;
    }

    public void insert(PersonReturn personReturn) {
        insertAll(List.of(personReturn));
    }

    /** Inserts returns with what they repeat of their persons as they are now ({@link ReturnTraits}). */
    public void insertAll(List<PersonReturn> returns) {
        insertAll(returns, Map.of());
    }

    /** As above, with what the statistics need of some of the persons when the caller has it at hand. */
    public void insertAll(List<PersonReturn> returns, Map<UUID, CountedPerson> knownPersons) {
        if (returns.isEmpty()) {
            return;
        }
        Map<UUID, CountedPerson> counted = traits.of(returns.stream().map(PersonReturn::personId).toList(), knownPersons);
        Set<UUID> backdated = new HashSet<>();
        Map<UUID, Boolean> repeats = traits.repeats(returns, backdated);
        List<Map<String, Object>> rows = new ArrayList<>(returns.size());
        for (PersonReturn r : returns) {
            Map<String, Object> row = row(r);
            Object[] values = ReturnTraits.columns(counted.get(r.personId()));
            for (int i = 0; i < ReturnTraits.COLUMNS.size(); i++) {
                row.put(ReturnTraits.COLUMNS.get(i), values[i]);
            }
            row.put("person_age", ReturnTraits.ageAt(counted.containsKey(r.personId()) ? counted.get(r.personId()).birthDate() : null,
                    r.details().arrivalDate()));
            row.put("repeat_return", repeats.get(r.id()));
            rows.add(row);
        }
        bulk.into("person_return", rows);
        months.changed(returns.stream().map(r -> r.details().arrivalDate()).toList());
        traits.recount(backdated);
    }

    public boolean update(UUID id, int expectedVersion, PersonReturn.ReturnDetails d, OffsetDateTime at, String by) {
        Map<String, Object> columns = columns(d);
        String assignments = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        // Its person and its month before the change: the month it leaves must be counted again too.
        Optional<Object[]> before = jdbc.sql("SELECT person_id, arrival_date FROM person_return WHERE id = :id").param("id", id)
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)}).optional();
        boolean updated = jdbc.sql("UPDATE person_return SET " + assignments + ", updated_at = :updatedAt, updated_by = :updatedBy,"
                        + " version = version + 1 WHERE id = :id AND version = :version AND voided = FALSE")
                .params(columns).param("id", id).param("version", expectedVersion).param("updatedAt", at).param("updatedBy", by)
                .update() == 1;
        if (updated) {
            months.changed(List.of((LocalDate) before.get()[1]));
            traits.recount(List.of((UUID) before.get()[0]));
            // The rights report finds a return's check by the arrival date the check repeats (V081).
            jdbc.sql("UPDATE rights_check SET arrival_date = :date WHERE return_id = :id").param("date", d.arrivalDate())
                    .param("id", id).update();
        }
        return updated;
    }

    public boolean voidReturn(UUID id, int expectedVersion, OffsetDateTime at, String by) {
        boolean voided = jdbc.sql("""
                UPDATE person_return SET voided = TRUE, updated_at = :at, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version AND voided = FALSE""")
                .param("id", id).param("version", expectedVersion).param("at", at).param("by", by).update() == 1;
        if (voided) {
            traits.recountPersonOf(id);
        }
        return voided;
    }

    public Optional<PersonReturn> find(UUID id) {
        return jdbc.sql("SELECT * FROM person_return WHERE id = :id AND voided = FALSE").param("id", id)
                .query(ReturnStore::personReturn).optional();
    }

    public List<PersonReturn> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM person_return WHERE person_id = :id AND voided = FALSE ORDER BY arrival_date, created_at")
                .param("id", personId).query(ReturnStore::personReturn).list();
    }

    /** Whether the person already has a return of that kind, from that country, on that day (re-imports). */
    public boolean exists(UUID personId, LocalDate arrivalDate, ReturnKind kind, String country) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM person_return WHERE person_id = :person AND arrival_date = :date
                AND return_kind = :kind AND country_from = :country AND voided = FALSE""")
                .param("person", personId).param("date", arrivalDate).param("kind", kind.name()).param("country", country)
                .query(Long.class).single() > 0;
    }

    /** The keys of these persons' returns, each with whether it was removed (a live return with the same key wins). */
    public Map<String, Boolean> keysOf(Collection<UUID> personIds) {
        Map<String, Boolean> keys = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("SELECT person_id, arrival_date, return_kind, country_from, voided FROM person_return WHERE person_id IN (:ids)")
                    .param("ids", personIds).query(rs -> {
                        keys.merge(rs.getObject(1, UUID.class) + "|" + rs.getObject(2, LocalDate.class) + "|" + rs.getString(3)
                                + "|" + rs.getString(4), rs.getBoolean(5), Boolean::logicalAnd);
                    });
        }
        return keys;
    }

    public List<PersonReturn> ofGroup(UUID groupId) {
        return jdbc.sql("SELECT * FROM person_return WHERE group_id = :id AND voided = FALSE ORDER BY created_at")
                .param("id", groupId).query(ReturnStore::personReturn).list();
    }

    /** A return's columns by SQL name, in the same order for every return. */
    private static Map<String, Object> row(PersonReturn r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("person_id", r.personId());
        row.put("group_id", r.groupId());
        row.putAll(columns(r.details()));
        row.put("created_at", r.createdAt());
        row.put("created_by", r.createdBy());
        row.put("updated_at", r.updatedAt());
        row.put("updated_by", r.updatedBy());
        row.put("voided", false);
        row.put("version", 0);
        return row;
    }

    private static Map<String, Object> columns(PersonReturn.ReturnDetails d) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("return_kind", d.returnKind().name());
        columns.put("country_from", d.countryFrom());
        columns.put("transit_countries", d.transitCountries().isEmpty() ? null : String.join(",", d.transitCountries()));
        columns.put("left_mali_on", d.leftMaliOn());
        columns.put("years_abroad", d.yearsAbroad());
        columns.put("arrival_date", d.arrivalDate());
        columns.put("arrival_point", d.arrivalPoint());
        columns.put("programme", d.programme());
        columns.put("detained", d.detained());
        columns.put("detention_days", d.detentionDays());
        columns.put("belongings_left", d.belongingsLeft());
        columns.put("wages_unpaid", d.wagesUnpaid());
        columns.put("family_left_abroad", d.familyLeftAbroad());
        return columns;
    }

    private static PersonReturn personReturn(ResultSet rs, int row) throws SQLException {
        String transit = rs.getString("transit_countries");
        PersonReturn.ReturnDetails details = new PersonReturn.ReturnDetails(ReturnKind.valueOf(rs.getString("return_kind")),
                rs.getString("country_from"), transit == null ? new ArrayList<>() : Arrays.asList(transit.split(",")),
                rs.getObject("left_mali_on", LocalDate.class), (Integer) rs.getObject("years_abroad"),
                rs.getObject("arrival_date", LocalDate.class), rs.getString("arrival_point"), rs.getString("programme"),
                (Boolean) rs.getObject("detained"), (Integer) rs.getObject("detention_days"),
                (Boolean) rs.getObject("belongings_left"), (Boolean) rs.getObject("wages_unpaid"),
                (Boolean) rs.getObject("family_left_abroad"));
        return new PersonReturn(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("group_id", UUID.class), details, rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
