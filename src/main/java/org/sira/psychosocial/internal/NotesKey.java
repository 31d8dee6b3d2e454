package org.sira.psychosocial.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the key Sira started with is the one that sealed this database's notes. A restored
 * backup without its key, or a lost key file (a new one is then made), must not read garbage nor
 * seal new notes under a second key: notes are then refused, with the reason, until the right key
 * is back. The first key a database meets is the one it remembers.
 */
@Component
public class NotesKey {

    private static final Logger log = LoggerFactory.getLogger(NotesKey.class);
    private static final String SETTING = "notes.key.check";

    private final JdbcClient jdbc;
    private final NoteCipher cipher;
    private volatile boolean right;

    NotesKey(JdbcClient jdbc, NoteCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void check() {
        String fingerprint = cipher.fingerprint();
        String remembered = jdbc.sql("SELECT setting_value FROM instance_setting WHERE name = :n").param("n", SETTING)
                .query(String.class).optional().orElse(null);
        if (remembered == null) {
            jdbc.sql("INSERT INTO instance_setting (name, setting_value) VALUES (:n, :v)").param("n", SETTING).param("v", fingerprint)
                    .update();
            right = true;
            return;
        }
        right = remembered.equals(fingerprint);
        if (!right) {
            log.error("The key of psychosocial notes is not the one that sealed the notes of this database: notes can be "
                    + "neither read nor written until that key is back (SIRA_NOTES_KEY or the file notes.key; see README, Backups).");
        }
    }

    public boolean isRight() {
        return right;
    }
}
