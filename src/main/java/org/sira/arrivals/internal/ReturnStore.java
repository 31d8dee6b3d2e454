package org.sira.arrivals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Returns in portable SQL; updates check the version. Removal voids the row, it is never deleted. */
@Repository
public class ReturnStore {

    private static final String INSERT = """
            INSERT INTO person_return (id, person_id, group_id, return_kind, country_from, transit_countries, left_mali_on,
                years_abroad, arrival_date, arrival_point, programme, detained, detention_days, belongings_left,
                wages_unpaid, family_left_abroad, created_at, created_by, updated_at, updated_by, voided, version)
            VALUES (:id, :personId, :groupId, :kind, :country, :transit, :leftMaliOn, :yearsAbroad, :arrivalDate,
                :arrivalPoint, :programme, :detained, :detentionDays, :belongingsLeft, :wagesUnpaid, :familyLeftAbroad,
                :createdAt, :createdBy, :updatedAt, :updatedBy, FALSE, 0)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ReturnStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void insert(PersonReturn personReturn) {
        jdbc.sql(INSERT).params(row(personReturn)).update();
    }

    public void insertAll(List<PersonReturn> returns) {
        if (!returns.isEmpty()) {
            named.batchUpdate(INSERT, returns.stream().map(r -> new MapSqlParameterSource(row(r))).toArray(SqlParameterSource[]::new));
        }
    }

    public boolean update(UUID id, int expectedVersion, PersonReturn.ReturnDetails d, OffsetDateTime at, String by) {
        Map<String, Object> columns = columns(d);
        columns.put("id", id);
        columns.put("version", expectedVersion);
        columns.put("updatedAt", at);
        columns.put("updatedBy", by);
        return jdbc.sql("""
                UPDATE person_return SET return_kind = :kind, country_from = :country, transit_countries = :transit,
                    left_mali_on = :leftMaliOn, years_abroad = :yearsAbroad, arrival_date = :arrivalDate,
                    arrival_point = :arrivalPoint, programme = :programme, detained = :detained,
                    detention_days = :detentionDays, belongings_left = :belongingsLeft, wages_unpaid = :wagesUnpaid,
                    family_left_abroad = :familyLeftAbroad, updated_at = :updatedAt, updated_by = :updatedBy,
                    version = version + 1
                WHERE id = :id AND version = :version AND voided = FALSE""").params(columns).update() == 1;
    }

    public boolean voidReturn(UUID id, int expectedVersion, OffsetDateTime at, String by) {
        return jdbc.sql("""
                UPDATE person_return SET voided = TRUE, updated_at = :at, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version AND voided = FALSE""")
                .param("id", id).param("version", expectedVersion).param("at", at).param("by", by).update() == 1;
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

    public java.util.Set<String> keysOf(java.util.Collection<UUID> personIds) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("SELECT person_id, arrival_date, return_kind, country_from FROM person_return WHERE voided = FALSE AND person_id IN (:ids)")
                    .param("ids", personIds).query(rs -> {
                        keys.add(rs.getObject(1, UUID.class) + "|" + rs.getObject(2, LocalDate.class) + "|" + rs.getString(3)
                                + "|" + rs.getString(4));
                    });
        }
        return keys;
    }

    public List<PersonReturn> ofGroup(UUID groupId) {
        return jdbc.sql("SELECT * FROM person_return WHERE group_id = :id AND voided = FALSE ORDER BY created_at")
                .param("id", groupId).query(ReturnStore::personReturn).list();
    }

    private static Map<String, Object> row(PersonReturn r) {
        Map<String, Object> row = columns(r.details());
        row.put("id", r.id());
        row.put("personId", r.personId());
        row.put("groupId", r.groupId());
        row.put("createdAt", r.createdAt());
        row.put("createdBy", r.createdBy());
        row.put("updatedAt", r.updatedAt());
        row.put("updatedBy", r.updatedBy());
        return row;
    }

    private static Map<String, Object> columns(PersonReturn.ReturnDetails d) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", d.returnKind().name());
        columns.put("country", d.countryFrom());
        columns.put("transit", d.transitCountries().isEmpty() ? null : String.join(",", d.transitCountries()));
        columns.put("leftMaliOn", d.leftMaliOn());
        columns.put("yearsAbroad", d.yearsAbroad());
        columns.put("arrivalDate", d.arrivalDate());
        columns.put("arrivalPoint", d.arrivalPoint());
        columns.put("programme", d.programme());
        columns.put("detained", d.detained());
        columns.put("detentionDays", d.detentionDays());
        columns.put("belongingsLeft", d.belongingsLeft());
        columns.put("wagesUnpaid", d.wagesUnpaid());
        columns.put("familyLeftAbroad", d.familyLeftAbroad());
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
