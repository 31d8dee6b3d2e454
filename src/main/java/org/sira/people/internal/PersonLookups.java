package org.sira.people.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which person a reference, an import's fingerprint or a file number names: ids only, in batches where imports ask. */
@Repository
public class PersonLookups {

    private final JdbcClient jdbc;

    PersonLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Persons by the caller's own reference, for imports: one query for a whole batch. */
    public Map<String, UUID> idsByExternalRef(Collection<String> refs) {
        return idsBy("external_ref", refs);
    }

    /** Persons by the fingerprint an import gave them when it had no external reference. */
    public Map<String, UUID> idsBySourceKey(Collection<String> keys) {
        return idsBy("source_key", keys);
    }

    private Map<String, UUID> idsBy(String column, Collection<String> values) {
        Map<String, UUID> ids = new HashMap<>();
        if (!values.isEmpty()) {
            jdbc.sql("SELECT " + column + ", id FROM person WHERE voided = FALSE AND " + column + " IN (:values)")
                    .param("values", values).query(rs -> {
                        ids.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return ids;
    }

    public Optional<UUID> findIdByFileNumber(String fileNumber) {
        return jdbc.sql("SELECT id FROM person WHERE file_number = :n AND voided = FALSE").param("n", fileNumber)
                .query(UUID.class).optional();
    }

    public Optional<UUID> findIdByExternalRef(String externalRef) {
        return jdbc.sql("SELECT id FROM person WHERE external_ref = :ref").param("ref", externalRef)
                .query(UUID.class).optional();
    }

    /** A reference is one person's: refused (400 on {@code externalRef}) when another person holds it. */
    public void requireFreeExternalRef(String externalRef, UUID self) {
        if (externalRef == null) {
            return;
        }
        findIdByExternalRef(externalRef).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw InvalidInputException.of("externalRef", "person.external-ref.taken", externalRef);
        });
    }
}
