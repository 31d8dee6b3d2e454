package org.sira.shelter.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.sira.security.CurrentUser;
import org.sira.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The keys of requests that must not be done twice (cash handed out, stock written off): a call
 * retried, or a form sent twice, with the same key finds the record of the first one. The key is
 * taken before the record is written, so two copies sent at the same moment wait on the
 * database's key and only the first writes.
 */
@Repository
public class RequestKeys {

    public static final int MAX_LENGTH = 100;
    private static final int CLAIM_ATTEMPTS = 10;

    private final JdbcClient jdbc;

    RequestKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key stripped, empty when none was sent; refused on {@code field} when too long. */
    public static Optional<String> of(String key, String field) {
        Optional<String> stripped = Optional.ofNullable(key).map(String::strip).filter(k -> !k.isEmpty());
        if (stripped.isPresent() && stripped.get().length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "validation.Size", MAX_LENGTH, 1);
        }
        return stripped;
    }

    /** The record of an earlier request of this user with this key. */
    public Optional<UUID> earlier(String key) {
        return jdbc.sql("SELECT record_id FROM shelter_request WHERE request_key = :key AND actor = :actor")
                .param("key", key).param("actor", CurrentUser.name()).query(UUID.class).optional();
    }

    /**
     * Takes the key for the record about to be written; empty when this request got it, else the
     * record of the request that got it first. The savepoint keeps the transaction usable after
     * the refused insert (PostgreSQL aborts a transaction on any error).
     */
    public Optional<UUID> claim(String key, UUID recordId, OffsetDateTime at) {
        TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
        for (int attempt = 1; ; attempt++) {
            Object savepoint = transaction.createSavepoint();
            try {
                jdbc.sql("INSERT INTO shelter_request (request_key, actor, record_id, created_at) VALUES (:key, :actor, :id, :at)")
                        .param("key", key).param("actor", CurrentUser.name()).param("id", recordId).param("at", at).update();
                transaction.releaseSavepoint(savepoint);
                return Optional.empty();
            } catch (DuplicateKeyException taken) {
                transaction.rollbackToSavepoint(savepoint);
                return Optional.of(earlier(key).orElseThrow(() -> taken));
            } catch (TransientDataAccessException stillWriting) {
                // H2 waits for the first request only as long as its lock timeout; PostgreSQL as long as it takes.
                transaction.rollbackToSavepoint(savepoint);
                if (attempt == CLAIM_ATTEMPTS) {
                    throw stillWriting;
                }
            }
        }
    }
}
