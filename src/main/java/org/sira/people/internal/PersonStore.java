package org.sira.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sira.matching.NameKeys;
import org.sira.people.BirthDate;
import org.sira.people.Consent;
import org.sira.people.ConsentPurpose;
import org.sira.people.DatePrecision;
import org.sira.people.DocumentKind;
import org.sira.people.IdentityDocument;
import org.sira.people.Origin;
import org.sira.people.Person;
import org.sira.people.PersonDetails;
import org.sira.people.PhoneNumber;
import org.sira.people.Sex;
import org.sira.people.Vulnerability;
import org.sira.shared.jdbc.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persons in SQL that runs unchanged on H2 and PostgreSQL. A person and its phones, documents
 * and name keys are written together; updates check the version (optimistic locking).
 */
@Repository
public class PersonStore {

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    PersonStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public void insert(Person person) {
        insertAll(List.of(person), null);
    }

    /**
     * Inserts persons with their phones, documents and name keys in bulk (COPY on PostgreSQL):
     * the path of imports, demo data and single registrations alike.
     */
    public void insertAll(List<Person> persons, List<String> sourceKeys) {
        if (persons.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(persons.size());
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", person.id());
            row.put("file_number", person.fileNumber());
            row.putAll(columns(person.details()));
            row.put("created_at", person.createdAt());
            row.put("created_by", person.createdBy());
            row.put("updated_at", person.updatedAt());
            row.put("updated_by", person.updatedBy());
            row.put("voided", false);
            row.put("version", 0);
            row.put("source_key", sourceKeys == null ? null : sourceKeys.get(i));
            rows.add(row);
        }
        bulk.into("person", rows);
        insertChildren(persons.stream().map(p -> Map.entry(p.id(), p.details())).toList());
    }

    private void insertChildren(List<Map.Entry<UUID, PersonDetails>> persons) {
        List<Object[]> phones = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        for (Map.Entry<UUID, PersonDetails> person : persons) {
            UUID id = person.getKey();
            int position = 0;
            for (PhoneNumber phone : person.getValue().phones()) {
                phones.add(new Object[] {id, position++, phone.e164()});
            }
            position = 0;
            for (IdentityDocument document : person.getValue().documents()) {
                documents.add(new Object[] {id, position++, document.kind().name(), document.number()});
            }
            for (String key : nameKeys(person.getValue())) {
                keys.add(new Object[] {id, key});
            }
        }
        bulk.into("person_phone", List.of("person_id", "position", "number"), phones);
        bulk.into("person_document", List.of("person_id", "position", "kind", "number"), documents);
        bulk.into("person_name_key", List.of("person_id", "name_key"), keys);
    }

    /** Writes the new details if the stored version is still {@code expectedVersion}; false otherwise. */
    public boolean update(UUID id, int expectedVersion, PersonDetails d, OffsetDateTime at, String by) {
        Set<String> oldKeys = jdbc.sql("SELECT family_name, given_names, aliases FROM person WHERE id = :id").param("id", id)
                .query((rs, row) -> nameKeys(rs.getString(1), rs.getString(2), JoinedColumns.split(rs.getString(3), ", ")))
                .optional().orElse(Set.of());
        Map<String, Object> columns = columns(d);
        String assignments = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        int changed = jdbc.sql("UPDATE person SET " + assignments + ", updated_at = :updatedAt, updated_by = :updatedBy,"
                        + " version = version + 1 WHERE id = :id AND version = :version AND voided = FALSE")
                .params(columns)
                .param("updatedAt", at).param("updatedBy", by).param("id", id).param("version", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        for (String table : List.of("person_phone", "person_document")) {
            jdbc.sql("DELETE FROM " + table + " WHERE person_id = :id").param("id", id).update();
        }
        // By the table's key, from the names before the change: an index on person_id alone would
        // cost every imported person two to three more index entries.
        if (!oldKeys.isEmpty()) {
            jdbc.sql("DELETE FROM person_name_key WHERE person_id = :id AND name_key IN (:keys)")
                    .param("id", id).param("keys", oldKeys).update();
        }
        insertChildren(List.of(Map.entry(id, d)));
        return true;
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql("SELECT * FROM person WHERE id = :id AND voided = FALSE").param("id", id)
                .query(this::row).optional().map(p -> withChildren(List.of(p)).get(0));
    }

    /** The names of a person, enough to rank search candidates without loading whole records. */
    public record NameRow(UUID id, String familyName, String givenNames, String aliases) {
    }

    /**
     * Persons sharing name keys with the query, most keys shared first. Counted on the key index
     * alone (no join), then filtered: voided persons, and restricted ones unless allowed, drop out.
     */
    public List<NameRow> searchByKeys(Collection<String> keys, boolean includeRestricted, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                SELECT person_id FROM person_name_key WHERE name_key IN (:keys)
                GROUP BY person_id ORDER BY COUNT(*) DESC, person_id FETCH FIRST :limit ROWS ONLY""")
                .param("keys", keys).param("limit", limit)
                .query((rs, row) -> rs.getObject(1, UUID.class)).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, NameRow> rows = new HashMap<>();
        jdbc.sql("SELECT id, family_name, given_names, aliases FROM person WHERE voided = FALSE"
                        + (includeRestricted ? "" : " AND restricted = FALSE") + " AND id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    rows.put(id, new NameRow(id, rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return ids.stream().map(rows::get).filter(row -> row != null).toList();
    }

    public List<Person> latest(boolean includeRestricted, long offset, int limit) {
        List<Person> persons = jdbc.sql("SELECT * FROM person WHERE voided = FALSE"
                        + (includeRestricted ? "" : " AND restricted = FALSE")
                        // Ids are time-ordered (UUIDv7): the latest first without an index on created_at.
                        + " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset).param("limit", limit).query(this::row).list();
        return withChildren(persons);
    }

    /** Every person after the given id, in id order: a walk through the whole registry that new rows cannot disturb. */
    public List<Person> after(UUID lastId, int limit) {
        List<Person> persons = jdbc.sql("SELECT * FROM person WHERE voided = FALSE"
                        + (lastId == null ? "" : " AND id > :last") + " ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .params(lastId == null ? Map.of("limit", limit) : Map.of("last", lastId, "limit", limit))
                .query(this::row).list();
        return withChildren(persons);
    }

    public long count(boolean includeRestricted) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE voided = FALSE" + (includeRestricted ? "" : " AND restricted = FALSE"))
                .query(Long.class).single();
    }

    public List<Person> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Person> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM person WHERE voided = FALSE AND id IN (:ids)").param("ids", ids).query(this::row).list()
                .forEach(p -> byId.put(p.id(), p));
        List<Person> ordered = ids.stream().map(byId::get).filter(p -> p != null).toList();
        return withChildren(ordered);
    }

    static Set<String> nameKeys(PersonDetails d) {
        return nameKeys(d.familyName(), d.givenNames(), d.aliases());
    }

    private static Set<String> nameKeys(String familyName, String givenNames, List<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(NameKeys.searchKeys(familyName));
        keys.addAll(NameKeys.searchKeys(givenNames));
        aliases.forEach(alias -> keys.addAll(NameKeys.searchKeys(alias)));
        return keys.stream().filter(k -> k.length() <= 60).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The person's own columns, by SQL name, in the table's order. */
    private static Map<String, Object> columns(PersonDetails d) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("family_name", d.familyName());
        columns.put("given_names", d.givenNames());
        columns.put("aliases", d.aliases().isEmpty() ? null : String.join(", ", d.aliases()));
        columns.put("sex", d.sex() == null ? null : d.sex().name());
        columns.put("birth_date", d.birthDate() == null ? null : d.birthDate().date());
        columns.put("birth_date_precision", d.birthDate() == null ? null : d.birthDate().precision().name());
        columns.put("father_given_name", d.fatherGivenName());
        columns.put("mother_name", d.motherName());
        columns.put("origin_region_code", d.origin().regionCode());
        columns.put("origin_cercle_code", d.origin().cercleCode());
        columns.put("origin_commune_code", d.origin().communeCode());
        columns.put("origin_region_text", d.origin().regionText());
        columns.put("origin_commune_text", d.origin().communeText());
        columns.put("origin_village", d.origin().village());
        columns.put("languages", d.languages().isEmpty() ? null : String.join(",", d.languages().stream().sorted().toList()));
        columns.put("vulnerabilities", Vulnerability.joined(d.vulnerabilities()));
        columns.put("restricted", d.restricted());
        columns.put("consent_status", d.consent() == null ? null : d.consent().status().name());
        columns.put("consent_date", d.consent() == null ? null : d.consent().date());
        columns.put("consent_recorded_by", d.consent() == null ? null : d.consent().recordedBy());
        columns.put("consent_purposes", d.consent() == null || d.consent().purposes().isEmpty() ? null
                : d.consent().purposes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        columns.put("external_ref", d.externalRef());
        return columns;
    }

    private Person row(ResultSet rs, int row) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        String consentStatus = rs.getString("consent_status");
        Consent consent = consentStatus == null ? null : new Consent(Consent.Status.valueOf(consentStatus),
                rs.getObject("consent_date", LocalDate.class), rs.getString("consent_recorded_by"),
                JoinedColumns.enums(ConsentPurpose.class, rs.getString("consent_purposes")));
        PersonDetails details = new PersonDetails(rs.getString("family_name"), rs.getString("given_names"),
                JoinedColumns.split(rs.getString("aliases"), ", "), rs.getString("sex") == null ? null : Sex.valueOf(rs.getString("sex")),
                birth == null ? null : new BirthDate(birth, DatePrecision.valueOf(rs.getString("birth_date_precision"))),
                rs.getString("father_given_name"), rs.getString("mother_name"),
                new Origin(rs.getString("origin_region_code"), rs.getString("origin_cercle_code"),
                        rs.getString("origin_commune_code"), rs.getString("origin_region_text"),
                        rs.getString("origin_commune_text"), rs.getString("origin_village")),
                List.of(), List.of(), new LinkedHashSet<>(JoinedColumns.split(rs.getString("languages"), ",")),
                JoinedColumns.enums(Vulnerability.class, rs.getString("vulnerabilities")), consent, rs.getString("external_ref"),
                rs.getBoolean("restricted"));
        return new Person(rs.getObject("id", UUID.class), rs.getString("file_number"), details,
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"), rs.getInt("version"));
    }

    private List<Person> withChildren(List<Person> persons) {
        if (persons.isEmpty()) {
            return persons;
        }
        List<UUID> ids = persons.stream().map(Person::id).toList();
        Map<UUID, List<PhoneNumber>> phones = new HashMap<>();
        jdbc.sql("SELECT person_id, number FROM person_phone WHERE person_id IN (:ids) ORDER BY person_id, position")
                .param("ids", ids).query(rs -> {
                    phones.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new PhoneNumber(rs.getString(2)));
                });
        Map<UUID, List<IdentityDocument>> documents = new HashMap<>();
        jdbc.sql("SELECT person_id, kind, number FROM person_document WHERE person_id IN (:ids) ORDER BY person_id, position")
                .param("ids", ids).query(rs -> {
                    documents.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new IdentityDocument(DocumentKind.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return persons.stream().map(p -> {
            PersonDetails d = p.details();
            PersonDetails full = new PersonDetails(d.familyName(), d.givenNames(), d.aliases(), d.sex(), d.birthDate(),
                    d.fatherGivenName(), d.motherName(), d.origin(), phones.getOrDefault(p.id(), List.of()),
                    documents.getOrDefault(p.id(), List.of()), d.languages(), d.vulnerabilities(), d.consent(),
                    d.externalRef(), d.restricted());
            return new Person(p.id(), p.fileNumber(), full, p.createdAt(), p.createdBy(), p.updatedAt(), p.updatedBy(), p.version());
        }).toList();
    }
}
