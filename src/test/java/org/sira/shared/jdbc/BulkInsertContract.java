package org.sira.shared.jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.shared.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes in comes back out, byte for byte, whichever way the rows are written (COPY's CSV on
 * PostgreSQL, JDBC batches on H2): quotes, separators, line breaks, backslashes, COPY's own null
 * marker, empty text next to null, accents and Arabic script.
 */
abstract class BulkInsertContract {

    private static final List<String> TRICKY = Arrays.asList("Keïta, \"dit\" Bakary", "ligne\nsuivante\r\nencore", "a\\b\\N",
            "\\N", "", null, "محمد", "=1+1", " espaces ", "'quote'", ";;");

    @Autowired BulkInsert bulk;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void everyValueComesBackAsItWasWritten() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 123_456_000, ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (String text : TRICKY) {
            UUID id = Ids.newId();
            ids.add(id);
            rows.add(new Object[] {id, "SIR-1900-" + (100_000 + ids.size()), text, "Bulk", false, LocalDate.of(1990, 3, 14), "DAY",
                    at, "bulk-test", at, "bulk-test", false, 0});
        }
        transaction.executeWithoutResult(status -> bulk.into("person", List.of("id", "file_number", "given_names", "family_name",
                "restricted", "birth_date", "birth_date_precision", "created_at", "created_by", "updated_at", "updated_by",
                "voided", "version"), rows));

        for (int i = 0; i < ids.size(); i++) {
            String stored = jdbc.sql("SELECT given_names FROM person WHERE id = :id").param("id", ids.get(i))
                    .query(String.class).optional().orElse(null);
            assertThat(stored).as("value %d", i).isEqualTo(TRICKY.get(i));
            assertThat(jdbc.sql("SELECT birth_date FROM person WHERE id = :id").param("id", ids.get(i)).query(LocalDate.class).single())
                    .isEqualTo(LocalDate.of(1990, 3, 14));
            assertThat(jdbc.sql("SELECT created_at FROM person WHERE id = :id").param("id", ids.get(i)).query(OffsetDateTime.class)
                    .single().toInstant()).isEqualTo(at.toInstant());
        }
    }
}
