package org.sira.reintegration.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sira.security.CurrentUser;
import org.sira.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Creations sent again (a retried API call, a form posted twice from a phone on a bad network)
 * carry the same key: the record keeps it ({@code request_key}, unique per user), and the second
 * request finds the first record instead of writing another one.
 */
@Component
public class CreationKeys {

    public static final int MAX = 100;
    private static final Set<String> TABLES = Set.of("mediation_case", "mediation_session", "support_group",
            "support_group_session");

    private final JdbcClient jdbc;

    CreationKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key as given, trimmed; null when there is none; refused when too long. */
    public static String read(String key) {
        String given = key == null || key.isBlank() ? null : key.strip();
        if (given != null && given.length() > MAX) {
            throw InvalidInputException.of("Idempotency-Key", "validation.Size", MAX, 1);
        }
        return given;
    }

    /** The record this user already created in {@code table} with this key. */
    public Optional<UUID> earlier(String table, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM " + checked(table) + " WHERE created_by = :by AND request_key = :key")
                .param("by", CurrentUser.name()).param("key", key).query(UUID.class).optional();
    }

    /**
     * Runs {@code insert}, which writes the record with this key first. When the same request,
     * sent at the same moment, wrote it meanwhile, the database refuses the key: the savepoint
     * keeps this transaction usable (PostgreSQL aborts one on any error) and the first record's id
     * is given back. Empty when this request wrote it.
     */
    public Optional<UUID> once(String table, String key, Runnable insert) {
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
            return Optional.of(earlier(table, key).orElseThrow(() -> taken));
        }
    }

    private static String checked(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return table;
    }
}
