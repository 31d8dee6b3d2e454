package org.sira.arrivals.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.arrivals.internal.ManifestBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The "register all new" batches of a group's manifest, and the rows each registered. */
@Repository
public class ManifestBatchStore {

    private final JdbcClient jdbc;

    ManifestBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ManifestBatch batch) {
        jdbc.sql("""
                INSERT INTO manifest_batch (id, group_id, registered_at, registered_by, persons)
                VALUES (:id, :group, :at, :by, :persons)""")
                .param("id", batch.id()).param("group", batch.groupId()).param("at", batch.registeredAt())
                .param("by", batch.registeredBy()).param("persons", batch.persons()).update();
    }

    public void markRow(UUID rowId, UUID batchId) {
        jdbc.sql("UPDATE manifest_row SET batch_id = :b WHERE id = :id").param("b", batchId).param("id", rowId).update();
    }

    /** The group's latest batch not undone, if any. */
    public Optional<ManifestBatch> latestLive(UUID groupId) {
        return jdbc.sql("""
                SELECT id, group_id, registered_at, registered_by, persons FROM manifest_batch
                WHERE group_id = :g AND undone_at IS NULL ORDER BY registered_at DESC""")
                .param("g", groupId).query((rs, n) -> new ManifestBatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getInt(5))).list().stream().findFirst();
    }

    /** The persons the batch registered, from its rows still decided as new persons. */
    public List<UUID> persons(UUID batchId) {
        return jdbc.sql("SELECT person_id FROM manifest_row WHERE batch_id = :b AND status = 'NEW_PERSON'")
                .param("b", batchId).query(UUID.class).list();
    }

    /** Marks the batch undone, once: false when it already was. */
    public boolean undo(UUID batchId, OffsetDateTime at, String by) {
        return jdbc.sql("UPDATE manifest_batch SET undone_at = :at, undone_by = :by WHERE id = :id AND undone_at IS NULL")
                .param("at", at).param("by", by).param("id", batchId).update() == 1;
    }

    /** The batch's rows back to pending, each at a new version; returns how many. */
    public int reopenRows(UUID batchId) {
        return jdbc.sql("""
                UPDATE manifest_row SET status = 'PENDING', person_id = NULL, decided_by = NULL, decided_at = NULL,
                    batch_id = NULL, version = version + 1
                WHERE batch_id = :b AND status = 'NEW_PERSON'""").param("b", batchId).update();
    }
}
