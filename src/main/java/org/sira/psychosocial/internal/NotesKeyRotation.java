package org.sira.psychosocial.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sira.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-seals every sealed text of psychosocial support (notes, session texts) under a new key, in
 * one transaction: either all of them and the remembered key check move to the new key, or
 * nothing changes. A text that does not open with the old key (changed in the database) is left as
 * it is, listed, since no key can open it. Rows are read in batches by id, so memory stays flat.
 */
@Component
public class NotesKeyRotation {

    private static final List<String> TABLES = List.of("psychosocial_note", "psychosocial_session");
    private static final int BATCH = 500;
    static final String SETTING = "notes.key.check";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    NotesKeyRotation(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** How many texts were re-sealed, and the ids of those left as they were because they open with no key. */
    public record Rotated(int resealed, List<UUID> unreadable) {
    }

    /** Refused (nothing changed) when {@code from} is not the key that sealed this database's texts. */
    public static final class WrongKeyException extends RuntimeException {
        WrongKeyException() {
            super("the current notes key is not the one that sealed this database's notes: nothing was changed");
        }
    }

    /** Whether this database's texts are sealed under this key (a rotation that committed). */
    public boolean sealedUnder(NoteCipher cipher) {
        return cipher.fingerprint().equals(jdbc.sql("SELECT setting_value FROM instance_setting WHERE name = :n").param("n", SETTING)
                .query(String.class).optional().orElse(null));
    }

    @Transactional
    public Rotated rotate(NoteCipher from, NoteCipher to) {
        String remembered = jdbc.sql("SELECT setting_value FROM instance_setting WHERE name = :n").param("n", SETTING)
                .query(String.class).optional().orElse(null);
        if (remembered != null && !remembered.equals(from.fingerprint())) {
            throw new WrongKeyException();
        }
        int resealed = 0;
        List<UUID> unreadable = new ArrayList<>();
        for (String table : TABLES) {
            UUID after = null;
            while (true) {
                List<Sealed> batch = jdbc.sql("SELECT id, sealed_text FROM " + table + " WHERE sealed_text IS NOT NULL"
                                + (after == null ? "" : " AND id > :after") + " ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")
                        .params(after == null ? java.util.Map.of() : java.util.Map.of("after", after))
                        .query((rs, row) -> new Sealed(rs.getObject("id", UUID.class), rs.getString("sealed_text"))).list();
                for (Sealed row : batch) {
                    String text;
                    try {
                        text = from.open(row.id(), row.text());
                    } catch (IllegalStateException changed) {
                        unreadable.add(row.id());
                        continue;
                    }
                    jdbc.sql("UPDATE " + table + " SET sealed_text = :sealed WHERE id = :id")
                            .param("sealed", to.seal(row.id(), text)).param("id", row.id()).update();
                    resealed++;
                }
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
            }
        }
        if (remembered == null) {
            jdbc.sql("INSERT INTO instance_setting (name, setting_value) VALUES (:n, :v)").param("n", SETTING).param("v", to.fingerprint())
                    .update();
        } else {
            jdbc.sql("UPDATE instance_setting SET setting_value = :v WHERE name = :n").param("n", SETTING).param("v", to.fingerprint())
                    .update();
        }
        audit.record("ROTATE_KEY", "PSYCHOSOCIAL_NOTES_KEY", "notes", null, resealed + " texts re-sealed, " + unreadable.size() + " unreadable left");
        return new Rotated(resealed, List.copyOf(unreadable));
    }

    private record Sealed(UUID id, String text) {
    }
}
