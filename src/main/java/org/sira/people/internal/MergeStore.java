package org.sira.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.PersonMerge.Merge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merges of two records of one person, and the voiding of the merged record, in SQL. */
@Repository
public class MergeStore {

    /** A record as a merge needs to know it, voided or not: its file number and what it was merged into. */
    public record Standing(UUID id, String fileNumber, UUID mergedInto) {
    }

    private static final String SELECT = "SELECT m.*, p.file_number FROM person_merge m JOIN person p ON p.id = m.merged_id";

    private final JdbcClient jdbc;

    MergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Standing> standing(UUID personId) {
        return jdbc.sql("SELECT id, file_number, merged_into FROM person WHERE id = :id").param("id", personId)
                .query((rs, n) -> new Standing(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .optional();
    }

    /** Writes a new merge and voids its merged record; false if that record was voided meanwhile. */
    public boolean insert(Merge merge) {
        jdbc.sql("INSERT INTO person_merge (id, kept_id, merged_id, merged_by, merged_at) VALUES (:id, :kept, :merged, :by, :at)")
                .param("id", merge.id()).param("kept", merge.keptId()).param("merged", merge.mergedId())
                .param("by", merge.mergedBy()).param("at", merge.mergedAt()).update();
        return jdbc.sql("UPDATE person SET voided = TRUE, merged_into = :kept, version = version + 1 WHERE id = :id AND voided = FALSE")
                .param("kept", merge.keptId()).param("id", merge.mergedId()).update() == 1;
    }

    /** Notes the merge undone and restores its merged record. */
    public void undo(UUID mergeId, UUID mergedId, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE person_merge SET undone_by = :by, undone_at = :at WHERE id = :id")
                .param("by", by).param("at", at).param("id", mergeId).update();
        jdbc.sql("UPDATE person SET voided = FALSE, merged_into = NULL, version = version + 1 WHERE id = :id")
                .param("id", mergedId).update();
    }

    /** The merge, if both its records pass {@code visible} (a condition on {@code p}, the merged record, and {@code m}). */
    public Optional<Merge> find(UUID mergeId, String visible) {
        return jdbc.sql(SELECT + " WHERE m.id = :id AND " + visible).param("id", mergeId).query(MergeStore::merge).optional();
    }

    /** The merges into the kept record whose merged record passes {@code visible}, newest first. */
    public List<Merge> into(UUID keptId, String visible) {
        return jdbc.sql(SELECT + " WHERE m.kept_id = :kept AND " + visible + " ORDER BY m.merged_at DESC")
                .param("kept", keptId).query(MergeStore::merge).list();
    }

    private static Merge merge(ResultSet rs, int row) throws SQLException {
        return new Merge(rs.getObject("id", UUID.class), rs.getObject("kept_id", UUID.class),
                rs.getObject("merged_id", UUID.class), rs.getString("file_number"), rs.getString("merged_by"),
                rs.getObject("merged_at", OffsetDateTime.class), rs.getObject("undone_at") != null);
    }
}
