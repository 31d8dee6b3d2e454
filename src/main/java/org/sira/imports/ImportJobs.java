package org.sira.imports;

import org.sira.imports.internal.ImportMessages;
import org.sira.imports.internal.SpreadsheetImport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.sira.imports.internal.CallerContext;
import org.sira.imports.internal.ImportFiles;
import org.sira.people.PersonVisibility;
import org.sira.security.CurrentUser;
import org.sira.shared.Ids;
import org.sira.shared.NotFoundException;
import org.sira.shared.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports as jobs: the API waits for its job, the page starts one in the background and follows
 * its progress, so closing the page does not stop it. The refused rows are kept in the data
 * directory to be downloaded, fixed and imported again.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int STORED_ROWS = 2_000;
    /** How long the file of a refused import is kept for its valid rows to be imported after all. */
    static final Duration KEPT_FOR = ImportFiles.KEPT_FOR;

    private final SpreadsheetImport imports;
    private final ImportMessages messages;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportFiles files;
    // One import at a time, from the pages (this thread) and the API (the callers' threads) alike: two
    // cores, and two imports creating the same people would both try to, and one would fail.
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "sira-import"));
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private final Map<UUID, SpreadsheetImport.Progress> running = new ConcurrentHashMap<>();

    private final PersonVisibility visibility;

    ImportJobs(SpreadsheetImport imports, ImportMessages messages, JdbcClient jdbc, JsonMapper json, Clock clock,
               ImportFiles files, PersonVisibility visibility) {
        this.imports = imports;
        this.messages = messages;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.files = files;
    }

    public record Job(UUID id, ImportKind kind, ImportMode mode, String fileName, String status, String startedBy,
                      OffsetDateTime startedAt, OffsetDateTime finishedAt, Optional<SpreadsheetImport.Progress> progress,
                      Optional<ImportReport> report) {

        public boolean finished() {
            return finishedAt != null;
        }
    }

    /** Runs an import now and answers with its report (the API's way). */
    @PreAuthorize("hasAuthority('IMPORT')")
    public Map.Entry<UUID, ImportReport> runNow(Path upload, String fileName, ImportKind kind, ImportMode mode) {
        UUID id = create(fileName, kind, mode);
        ImportReport report = forReader(execute(id, upload, kind, mode, false));
        visibility.recordReads(report.rows().stream().map(ImportReport.RowOutcome::personId).toList());
        return Map.entry(id, report);
    }

    /** Starts an import in the background and returns at once (the page's way). */
    @PreAuthorize("hasAuthority('IMPORT')")
    public UUID start(Path upload, String fileName, ImportKind kind, ImportMode mode) {
        UUID id = create(fileName, kind, mode);
        running.put(id, new SpreadsheetImport.Progress("WAITING", 0, 0, 0));
        executor.submit(CallerContext.carrying(() -> execute(id, upload, kind, mode, true)));
        return id;
    }

    /** The job, its report as the reader may see it; the protected persons it shows them are noted as read. */
    @PreAuthorize("hasAuthority('IMPORT')")
    public Job find(UUID id) {
        Job job = load(id);
        job.report().ifPresent(report -> visibility.recordReads(report.rows().stream().map(ImportReport.RowOutcome::personId).toList()));
        return job;
    }

    private Job load(UUID id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = :id").param("id", id).query((rs, row) -> {
            String report = rs.getString("report");
            return new Job(id, ImportKind.valueOf(rs.getString("kind")), ImportMode.valueOf(rs.getString("mode")),
                    rs.getString("file_name"), rs.getString("status"), rs.getString("started_by"),
                    rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                    Optional.ofNullable(running.get(id)),
                    report == null ? Optional.empty() : Optional.of(forReader(messages.inReadersLanguage(json.readValue(report, ImportReport.class)))));
        }).optional().orElseThrow(() -> new NotFoundException("IMPORT", id));
    }

    /** The report as the reader may see it: a row never names a person the reader may not see. */
    private ImportReport forReader(ImportReport report) {
        return report.withoutPersons(visibility.hiddenAmong(report.rows().stream().map(ImportReport.RowOutcome::personId).toList()));
    }

    @PreAuthorize("hasAuthority('IMPORT')")
    public List<Job> latest() {
        List<UUID> ids = jdbc.sql("SELECT id FROM import_job ORDER BY started_at DESC FETCH FIRST 20 ROWS ONLY")
                .query(UUID.class).list();
        return ids.stream().map(this::load).toList();
    }

    /**
     * Imports, in the background, the valid rows of an all-or-nothing import that was refused,
     * from the file it kept: the user chose to leave the refused rows aside. Works once; a second
     * request (a double click, another user) finds the file taken.
     */
    @PreAuthorize("hasAuthority('IMPORT')")
    public UUID importValidRows(UUID refusedId) {
        Job refused = load(refusedId);
        return start(files.take(refusedId), refused.fileName(), refused.kind(), ImportMode.VALID_ROWS);
    }

    /** Whether a refused import still keeps its file, so that its valid rows can be imported. */
    @PreAuthorize("hasAuthority('IMPORT')")
    public boolean keepsValidRows(UUID id) {
        return Files.exists(files.keptUpload(id));
    }

    /** The refused rows of a finished import, as a CSV the user can fix and import again. */
    @PreAuthorize("hasAuthority('IMPORT')")
    public Optional<Path> refusedRows(UUID id) {
        load(id);
        Path file = files.refusedRows(id);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    UUID create(String fileName, ImportKind kind, ImportMode mode) {
        UUID id = Ids.newId();
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        jdbc.sql("""
                INSERT INTO import_job (id, kind, mode, file_name, status, language, started_by, started_at)
                VALUES (:id, :kind, :mode, :name, 'RUNNING', :language, :by, :at)""")
                .param("id", id).param("kind", kind.name()).param("mode", mode.name()).param("name", name)
                .param("language", LocaleContextHolder.getLocale().getLanguage()).param("by", CurrentUser.name())
                .param("at", OffsetDateTime.now(clock)).update();
        return id;
    }

    /** {@code keepRefused}: a refused file with valid rows is kept for the page to offer importing them. */
    private ImportReport execute(UUID id, Path upload, ImportKind kind, ImportMode mode, boolean keepRefused) {
        oneAtATime.lock();
        ImportReport report;
        Path refused = files.refusedRows(id);
        try {
            files.prepare();
            try (OutputStream out = PrivateFiles.newOutputStream(refused)) {
                report = writeRows(id, upload, kind, mode, out, progress -> running.put(id, progress));
            }
            if (report.rejected() == 0) {
                Files.deleteIfExists(refused);
            }
            finish(id, report.written() ? "DONE" : "REFUSED", report);
            if (keepRefused && report.validNotImported() > 0) {
                files.keep(upload, id);
            }
            return report;
        } catch (IOException | RuntimeException e) {
            log.error("Import {} failed", id, e);
            finish(id, "FAILED", null);
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } finally {
            running.remove(id);
            oneAtATime.unlock();
            try {
                Files.deleteIfExists(upload);
            } catch (IOException ignored) {
                // A temporary file the system will clean up.
            }
        }
    }

    /**
     * The import's own transaction: when it returns, its rows are committed (or rolled back). The
     * job's counts and report are written in that same transaction, so that a process killed right
     * after the commit leaves a job that says what was imported (see {@link #markInterrupted()}).
     */
    ImportReport writeRows(UUID id, Path upload, ImportKind kind, ImportMode mode, OutputStream refused,
                           Consumer<SpreadsheetImport.Progress> progress) {
        return imports.run(upload, kind, mode, refused, progress,
                committing -> record(id, "RUNNING", committing, false));
    }

    private void finish(UUID id, String status, ImportReport report) {
        record(id, status, report, true);
    }

    private void record(UUID id, String status, ImportReport report, boolean finished) {
        String stored = null;
        if (report != null) {
            ImportReport kept = report.rows().size() <= STORED_ROWS ? report : new ImportReport(report.imported(),
                    report.rejected(), report.created(), report.updated(), report.unchanged(), report.written(),
                    report.fileErrors(), report.rows().subList(0, STORED_ROWS), report.validNotImported());
            stored = json.writeValueAsString(kept);
        }
        jdbc.sql("""
                UPDATE import_job SET status = :status, report = :report, finished_at = COALESCE(:at, finished_at),
                    imported = :imported, rejected = :rejected, created = :created, updated = :updated,
                    unchanged = :unchanged, written = :written WHERE id = :id""")
                .param("status", status).param("report", stored).param("at", finished ? OffsetDateTime.now(clock) : null)
                .param("imported", report == null ? null : report.imported())
                .param("rejected", report == null ? null : report.rejected())
                .param("created", report == null ? null : report.created())
                .param("updated", report == null ? null : report.updated())
                .param("unchanged", report == null ? null : report.unchanged())
                .param("written", report != null && report.written()).param("id", id).update();
    }

    /** Kept files hold personal data: none stays longer than {@link #KEPT_FOR}. */
    void forgetOldUploads() {
        files.forgetOldUploads();
    }

    /**
     * Jobs cut short by a stop of the server (a kill, a power cut) say what the database holds, not
     * what the process last knew: a job whose transaction committed recorded its counts in it
     * ({@link #writeRows}), and is done; any other was rolled back whole, and imported nothing.
     * Jobs this process is running are left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        files.forgetOldUploads();
        files.forgetTakenUploads();
        List<UUID> cutShort = jdbc.sql("SELECT id FROM import_job WHERE status = 'RUNNING'").query(UUID.class).list();
        for (UUID id : cutShort) {
            if (running.containsKey(id)) {
                continue;
            }
            int done = jdbc.sql("UPDATE import_job SET status = 'DONE', finished_at = :at WHERE id = :id AND status = 'RUNNING' AND written = TRUE")
                    .param("at", OffsetDateTime.now(clock)).param("id", id).update();
            if (done == 0) {
                jdbc.sql("UPDATE import_job SET status = 'INTERRUPTED', finished_at = :at WHERE id = :id AND status = 'RUNNING'")
                        .param("at", OffsetDateTime.now(clock)).param("id", id).update();
            } else {
                log.info("Import {} was cut short after its rows were committed: shown as done", id);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
