package org.sira.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who did what to which record. Each entry's hash covers the previous
 * entry's hash, so an entry edited or removed directly in the database breaks the chain
 * ({@link #verifyChain()}). Writers are serialised on the single {@code audit_head} row, which
 * also holds across several application nodes.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final int MAX_STATE = 20_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records in the caller's transaction: the entry exists if and only if the change does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String recordType, String recordId, String before, String after) {
        append(CurrentUser.name(), action, recordType, recordId, before, after);
    }

    /** For events that have no business transaction of their own (logins, reads). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String recordType, String recordId) {
        append(actor, action, recordType, recordId, null, null);
    }

    private void append(String actor, String action, String recordType, String recordId, String before, String after) {
        String previous = jdbc.sql("SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query(String.class).single();
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(0, at, truncate(actor, 100), action, recordType,
                truncate(recordId, 100), truncate(before, MAX_STATE), truncate(after, MAX_STATE), previous, null);
        String hash = entry.computeHash();
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor, action, record_type, record_id, before_state, after_state, prev_hash, hash)
                VALUES (:at, :actor, :action, :type, :id, :before, :after, :prev, :hash)""")
                .param("at", at).param("actor", entry.actor()).param("action", action).param("type", recordType)
                .param("id", entry.recordId()).param("before", entry.before()).param("after", entry.after())
                .param("prev", previous).param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_head SET hash = :hash WHERE id = 1").param("hash", hash).update();
    }

    @Transactional(readOnly = true)
    public PageOf<AuditEntry> browse(Optional<String> recordId, Optional<String> actor, Paging paging) {
        // Conditions are added only when given: PostgreSQL cannot type a bare "? IS NULL".
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        recordId.ifPresent(id -> where.append(" AND record_id = :recordId"));
        actor.ifPresent(name -> where.append(" AND actor = :actor"));
        var count = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where);
        var select = jdbc.sql("SELECT * FROM audit_entry" + where
                + " ORDER BY seq DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY");
        if (recordId.isPresent()) {
            count = count.param("recordId", recordId.get());
            select = select.param("recordId", recordId.get());
        }
        if (actor.isPresent()) {
            count = count.param("actor", actor.get());
            select = select.param("actor", actor.get());
        }
        long total = count.query(Long.class).single();
        List<AuditEntry> items = select.param("offset", paging.offset()).param("size", paging.size())
                .query(AuditLog::entry).list();
        return new PageOf<>(items, total, paging.page(), paging.size());
    }

    /** The first entry whose hash does not follow from its content and predecessor, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> verifyChain() {
        String[] previous = {GENESIS};
        Long[] broken = {null};
        jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query(rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry entry = entry(rs, 0);
            if (!entry.previousHash().equals(previous[0]) || !entry.hash().equals(entry.computeHash())) {
                broken[0] = entry.seq();
            }
            previous[0] = entry.hash();
        });
        return Optional.ofNullable(broken[0]);
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("actor"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** One line of the audit log. */
    public record AuditEntry(long seq, OffsetDateTime at, String actor, String action, String recordType,
                             String recordId, String before, String after, String previousHash, String hash) {

        String computeHash() {
            String content = String.join("\u001f", previousHash, at.toInstant().toString(), actor, action,
                    recordType, String.valueOf(recordId), String.valueOf(before), String.valueOf(after));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(content.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
