package org.sira.imports;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 12: a process killed after an import's transaction committed, before it wrote the
 * job's outcome, said at the next start "interrupted: nothing was imported" of rows that were
 * all there. The test leaves the database exactly as such a kill does (the import's transaction
 * done, nothing after it), then runs what the next start runs.
 */
@Tag("asvs-16.3.3")
@Tag("asvs-2.3.3")
abstract class InterruptedImportStatusContract {

    @Autowired ImportJobs jobs;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void importer() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("test-crash", null,
                List.of(new SimpleGrantedAuthority("IMPORT"), new SimpleGrantedAuthority("PERSON_READ"))));
    }

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anImportWhoseRowsWereAllCommittedBeforeAKillIsShownImportedWithItsCounts() throws Exception {
        String tag = "Tué" + UUID.randomUUID().toString().substring(0, 6);
        Path file = csv("nom;prenoms;reference_externe\n" + tag + ";Awa;" + tag + "-1\n" + tag + ";Moussa;" + tag + "-2\n"
                + tag + ";Oumar;" + tag + "-3\n");
        UUID id = jobs.create("tues.csv", ImportKind.PERSONS, ImportMode.ALL_OR_NOTHING);

        jobs.writeRows(id, file, ImportKind.PERSONS, ImportMode.ALL_OR_NOTHING, OutputStream.nullOutputStream(), progress -> { });
        // kill -9 here: the rows are committed, the job was never told.
        jobs.markInterrupted();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = :n").param("n", tag).query(Long.class).single())
                .isEqualTo(3);
        ImportJobs.Job job = jobs.find(id);
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.finished()).isTrue();
        assertThat(job.report()).hasValueSatisfying(report -> {
            assertThat(report.imported()).isEqualTo(3);
            assertThat(report.created()).isEqualTo(3);
            assertThat(report.written()).isTrue();
        });
    }

    @Test
    void anImportKilledBeforeItsTransactionCommittedIsShownInterruptedWithNothingImported() throws Exception {
        UUID id = jobs.create("coupe.csv", ImportKind.PERSONS, ImportMode.ALL_OR_NOTHING);
        // kill -9 here: the transaction never committed, the database holds the job as it began.

        jobs.markInterrupted();

        ImportJobs.Job job = jobs.find(id);
        assertThat(job.status()).isEqualTo("INTERRUPTED");
        assertThat(job.report()).isEmpty();
    }

    @Test
    void aRefusedAllOrNothingImportKilledBeforeItsOutcomeIsShownInterruptedWithNothingImported() throws Exception {
        String tag = "Refusé" + UUID.randomUUID().toString().substring(0, 6);
        Path file = csv("nom;prenoms;sexe\n" + tag + ";Awa;F\n" + tag + ";Moussa;Z\n");
        UUID id = jobs.create("refuse.csv", ImportKind.PERSONS, ImportMode.ALL_OR_NOTHING);
        jobs.writeRows(id, file, ImportKind.PERSONS, ImportMode.ALL_OR_NOTHING, OutputStream.nullOutputStream(), progress -> { });

        jobs.markInterrupted();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = :n").param("n", tag).query(Long.class).single()).isZero();
        assertThat(jobs.find(id).status()).isEqualTo("INTERRUPTED");
    }

    private Path csv(String content) throws Exception {
        Path file = dir.resolve(UUID.randomUUID() + ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
