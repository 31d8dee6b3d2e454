package org.sira.imports.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sira.arrivals.Returns;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.people.Person;
import org.sira.people.PersonBulkRegistration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the accepted rows of an import batch by batch: finds or registers each row's person
 * ({@link PersonResolver}), then puts a persons file over them ({@link PersonOverwrites}) or adds a
 * returns file's returns ({@link ReturnWriter}), counting what each row did ({@link ImportCounts}).
 */
public final class BatchWriter {

    /**
     * After writing at least this many rows to PostgreSQL, the planner's statistics of the tables
     * are refreshed at once: until autovacuum gets to it, a table that grew from nothing to a million
     * returns is still planned as nearly empty, and the statistics of returns took twice as long
     * (docs/BENCHMARKS-imports.md).
     */
    public static final int ANALYZE_AFTER_ROWS = 10_000;

    private final PersonResolver resolver;
    private final ImportCounts counts;
    private final ReturnWriter returnWriter;
    private final PersonOverwrites overwrites;
    private final JdbcClient jdbc;
    private final boolean postgres;
    private boolean analysed;

    /**
     * {@code returns}: null for a persons file. {@code expectedRows}: the file's length as it says
     * it (0 when unknown); its rows are listed one by one when it is small.
     */
    public BatchWriter(PersonBulkRegistration persons, Returns returns, JdbcClient jdbc, boolean postgres, String fileName,
                       int expectedRows) {
        String reason = "import of " + fileName;
        this.resolver = new PersonResolver(persons, reason);
        this.counts = new ImportCounts(expectedRows <= ImportCounts.LISTED_ACCEPTED_ROWS);
        this.returnWriter = returns == null ? null : new ReturnWriter(persons, returns, resolver, counts, reason, expectedRows);
        this.overwrites = returns == null ? new PersonOverwrites(persons, resolver, counts, reason) : null;
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /** Rows that create a person are compared with the registry by {@code finder} (row, created person). */
    public void lookAlikesBy(java.util.function.BiFunction<ReadRow, UUID, List<org.sira.imports.ImportReport.LooksLike>> finder) {
        counts.lookAlikesBy(finder);
    }

    public ImportCounts counts() {
        return counts;
    }

    public void write(List<ReadRow> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> createdNow = new HashSet<>();
        Map<UUID, Person> createdPersons = resolver.resolve(batch, createdNow);
        if (returnWriter != null) {
            returnWriter.write(batch, createdNow, createdPersons);
        } else {
            overwrites.write(batch, createdPersons);
        }
        counts.written += batch.size();
        resolver.batchWritten();
    }

    /** See {@link PersonResolver#rowOfOtherPersonUnderSameReference}. */
    public int rowOfOtherPersonUnderSameReference(ReadRow row) {
        return resolver.rowOfOtherPersonUnderSameReference(row);
    }

    /** Rows whose reference names a person already recorded with the other sex (their sex is kept). */
    public List<ReadRow> rowsOfOtherSexThanStored() {
        return returnWriter == null ? List.of() : returnWriter.rowsOfOtherSexThanStored;
    }

    /**
     * Nothing more is written: rows are still compared with the persons written before and with the
     * rows of the last batch, but memory no longer grows with the file.
     */
    public void forgetUnwritten() {
        resolver.forgetUnwritten();
    }

    /**
     * PostgreSQL plans the import's own look-ups (persons by reference, by id) from statistics
     * taken before the import: on tables that grew from nothing to hundreds of thousands of rows
     * in this transaction it scanned them whole for every batch, and a million rows took forever.
     * ANALYZE inside the transaction counts its own rows. Once is enough: the planner scales the
     * rows per page it learnt by the table's current size, so later growth is seen without
     * another ANALYZE (which cost 2 s of a 12 s import when it was repeated at every doubling).
     */
    public void keepPlansRight() {
        if (postgres && !analysed && counts.written >= ANALYZE_AFTER_ROWS) {
            jdbc.sql("ANALYZE person, person_return, person_name_key").update();
            analysed = true;
        }
    }
}
