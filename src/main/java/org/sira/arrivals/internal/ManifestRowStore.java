package org.sira.arrivals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sira.arrivals.internal.ListedPerson;
import org.sira.arrivals.internal.ManifestRow;
import org.sira.matching.Verdict;
import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;
import org.sira.people.PersonFacts;
import org.sira.people.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staged manifest rows and their candidates in SQL. The candidates' file numbers are the registry's,
 * asked of people for all the rows at once; a decision is written only over the version it claimed.
 */
@Repository
public class ManifestRowStore {


    private final JdbcClient jdbc;
    private final PersonFacts persons;

    ManifestRowStore(JdbcClient jdbc, PersonFacts persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    public void insert(ManifestRow r, OffsetDateTime at) {
        ListedPerson p = r.person();
        jdbc.sql("""
                INSERT INTO manifest_row (id, group_id, row_number, family_name, given_names, sex, birth_date, birth_precision,
                    father_given_name, mother_name, origin_region, origin_commune, phone, document_number, external_ref,
                    errors, same_as_row, best_verdict, status, staged_at, version)
                VALUES (:id, :group, :row, :family, :given, :sex, :birth, :precision, :father, :mother, :region, :commune,
                    :phone, :document, :ref, :errors, :same, :best, :status, :at, 0)""")
                .param("id", r.id()).param("group", r.groupId()).param("row", r.row()).param("family", p.familyName())
                .param("given", p.givenNames()).param("sex", p.sex() == null ? null : p.sex().name())
                .param("birth", p.birthDate() == null ? null : p.birthDate().date())
                .param("precision", p.birthDate() == null ? null : p.birthDate().precision().name())
                .param("father", p.fatherGivenName()).param("mother", p.motherName())
                .param("region", p.originRegion()).param("commune", p.originCommune()).param("phone", p.phone())
                .param("document", p.documentNumber()).param("ref", p.externalRef())
                .param("errors", ManifestErrors.encode(r.errors()))
                .param("same", r.sameAsRow()).param("best", r.bestVerdict() == null ? null : r.bestVerdict().name())
                .param("status", r.status().name()).param("at", at).update();
        insertCandidates(r);
    }

    /** The corrected row over the version read, its candidates replaced; false when it moved on meanwhile. */
    public boolean saveCorrection(ManifestRow r, int version) {
        ListedPerson p = r.person();
        boolean saved = jdbc.sql("""
                UPDATE manifest_row SET family_name = :family, given_names = :given, sex = :sex, birth_date = :birth,
                    birth_precision = :precision, errors = :errors, same_as_row = :same, best_verdict = :best, status = :status,
                    version = version + 1
                WHERE id = :id AND version = :version AND status IN ('PENDING', 'INVALID')""")
                .param("family", p.familyName()).param("given", p.givenNames()).param("sex", p.sex() == null ? null : p.sex().name())
                .param("birth", p.birthDate() == null ? null : p.birthDate().date())
                .param("precision", p.birthDate() == null ? null : p.birthDate().precision().name())
                .param("errors", ManifestErrors.encode(r.errors())).param("same", r.sameAsRow())
                .param("best", r.bestVerdict() == null ? null : r.bestVerdict().name()).param("status", r.status().name())
                .param("id", r.id()).param("version", version).update() == 1;
        if (saved) {
            jdbc.sql("DELETE FROM manifest_candidate WHERE row_id = :id").param("id", r.id()).update();
            insertCandidates(r);
        }
        return saved;
    }

    private void insertCandidates(ManifestRow r) {
        int rank = 0;
        for (ManifestRow.StagedCandidate c : r.candidates()) {
            jdbc.sql("""
                    INSERT INTO manifest_candidate (row_id, candidate_rank, person_id, score, verdict, evidence)
                    VALUES (:row, :rank, :person, :score, :verdict, :evidence)""")
                    .param("row", r.id()).param("rank", rank++).param("person", c.personId()).param("score", c.score())
                    .param("verdict", c.verdict().name()).param("evidence", c.evidence()).update();
        }
    }

    /** The highest row number of the group's manifests so far, 0 before the first. */
    public int lastRowNumber(UUID groupId) {
        return jdbc.sql("SELECT COALESCE(MAX(row_number), 0) FROM manifest_row WHERE group_id = :g")
                .param("g", groupId).query(Integer.class).single();
    }

    /** The group's rows in their order, every candidate included. */
    public List<ManifestRow> ofGroup(UUID groupId) {
        return load("r.group_id = :g", "g", groupId);
    }

    public List<ManifestRow> byId(UUID rowId) {
        return load("r.id = :id", "id", rowId);
    }

    /**
     * Claims a pending row at this version for a decision, before anything else is written: a
     * second claim waits for the first decision to commit, then finds the version moved on.
     */
    public boolean claim(UUID rowId, int version) {
        return jdbc.sql("UPDATE manifest_row SET version = version + 1 WHERE id = :id AND version = :version AND status = 'PENDING'")
                .param("id", rowId).param("version", version).update() == 1;
    }

    public void saveDecision(ManifestRow decided, OffsetDateTime at) {
        jdbc.sql("UPDATE manifest_row SET status = :status, person_id = :person, decided_by = :by, decided_at = :at WHERE id = :id")
                .param("status", decided.status().name()).param("person", decided.personId()).param("by", decided.decidedBy())
                .param("at", at).param("id", decided.id()).update();
    }

    /** Staged rows matching one condition on {@code manifest_row r}, with their candidates. */
    private List<ManifestRow> load(String condition, String parameter, UUID value) {
        record Stored(UUID rowId, UUID personId, double score, String verdict, String evidence) {
        }
        List<Stored> stored = new ArrayList<>();
        jdbc.sql("""
                SELECT c.row_id, c.person_id, c.score, c.verdict, c.evidence
                FROM manifest_candidate c JOIN manifest_row r ON r.id = c.row_id
                WHERE\s""" + condition + " ORDER BY c.row_id, c.candidate_rank").param(parameter, value)
                .query(rs -> {
                    stored.add(new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDouble(3),
                            rs.getString(4), rs.getString(5)));
                });
        Set<UUID> named = new HashSet<>();
        stored.forEach(s -> named.add(s.personId()));
        Map<UUID, PersonFacts.Facts> facts = persons.of(named);
        Map<UUID, List<ManifestRow.StagedCandidate>> candidates = new HashMap<>();
        for (Stored s : stored) {
            PersonFacts.Facts person = facts.get(s.personId());
            if (person != null) {
                candidates.computeIfAbsent(s.rowId(), k -> new ArrayList<>()).add(new ManifestRow.StagedCandidate(s.personId(),
                        person.fileNumber(), person.externalRef(), s.score(), Verdict.valueOf(s.verdict()), s.evidence()));
            }
        }
        return jdbc.sql("SELECT * FROM manifest_row r WHERE " + condition + " ORDER BY r.row_number")
                .param(parameter, value).query((rs, n) -> row(rs, candidates)).list();
    }

    private static ManifestRow row(ResultSet rs, Map<UUID, List<ManifestRow.StagedCandidate>> candidates) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String sex = rs.getString("sex");
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        String best = rs.getString("best_verdict");
        ListedPerson person = new ListedPerson(rs.getString("family_name"), rs.getString("given_names"),
                sex == null ? null : Sex.valueOf(sex),
                birth == null ? null : new BirthDate(birth, DatePrecision.valueOf(rs.getString("birth_precision"))),
                rs.getString("father_given_name"), rs.getString("mother_name"), rs.getString("origin_region"),
                rs.getString("origin_commune"), rs.getString("phone"), rs.getString("document_number"), rs.getString("external_ref"));
        return new ManifestRow(id, rs.getObject("group_id", UUID.class), rs.getInt("row_number"), person,
                ManifestErrors.decode(rs.getString("errors")), (Integer) rs.getObject("same_as_row"),
                best == null ? null : Verdict.valueOf(best), ManifestRow.Status.valueOf(rs.getString("status")),
                rs.getObject("person_id", UUID.class), rs.getString("decided_by"), rs.getInt("version"),
                candidates.getOrDefault(id, List.of()).stream()
                        .sorted(Comparator.comparingDouble(ManifestRow.StagedCandidate::score).reversed()).toList(), false);
    }
}
