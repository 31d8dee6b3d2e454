package org.sira.shared.jdbc;

import java.util.Optional;
import java.util.UUID;

import org.sira.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A submission sent again (a retried call with the same {@code Idempotency-Key}, a form posted
 * twice) finds the record of the first one instead of making another. The key is unique per
 * author in the record's own table; a race loses on that unique index, inside a savepoint so that
 * PostgreSQL's transaction stays usable. Used by the modules whose records carry their own
 * {@code request_key} (psychosocial screenings and sessions, mediations, support groups).
 */
@Component
public class FirstRequests {

    public static final int MAX_KEY = 100;
    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;

    FirstRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key as stored (null: none given); too long a key is refused. */
    public static String key(String given) {
        String key = given == null ? null : given.strip();
        if (key != null && key.length() > MAX_KEY) {
            throw InvalidInputException.of("Idempotency-Key", "validation.Size", MAX_KEY, 1);
        }
        return key == null || key.isEmpty() ? null : key;
    }

    /** The record this author already made with this key in {@code table}. */
    public Optional<UUID> earlier(String table, String author, String key) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException(table);
        }
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM " + table + " WHERE created_by = :by AND request_key = :key")
                .param("by", author).param("key", key).query(UUID.class).optional();
    }

    /** Runs the insert; the earlier record's id when another request with this key got in first. */
    public Optional<UUID> insert(String table, String author, String key, Runnable insert) {
        if (key == null) {
            insert.run();
            return Optional.empty();
        }
        TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = transaction.createSavepoint();
        try {
            insert.run();
            transaction.releaseSavepoint(savepoint);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            transaction.rollbackToSavepoint(savepoint);
            return Optional.of(earlier(table, author, key).orElseThrow(() -> taken));
        }
    }
}
