package org.sira.imports.internal;

import org.sira.imports.ImportKind;
import org.sira.imports.ImportMode;
import org.sira.imports.ImportReport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.sira.arrivals.ReturnInputReader;
import org.sira.arrivals.Returns;
import org.sira.imports.internal.BatchWriter;
import org.sira.imports.internal.ConcurrentPersonChange;
import org.sira.imports.internal.ImportCounts;
import org.sira.imports.internal.ImportMessages;
import org.sira.imports.internal.RowReader;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.imports.internal.RowsAhead;
import org.sira.people.PersonBulkRegistration;
import org.sira.people.PersonInputReader;
import org.sira.people.PersonMatching;
import org.sira.people.cells.AcceptedRow;
import org.sira.people.cells.RefusedRow;
import org.sira.people.cells.RowReading;
import org.sira.shared.jdbc.Databases;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.ImportError;
import org.sira.tabular.ImportField;
import org.sira.tabular.RejectedRowsWriter;
import org.sira.tabular.TabularFile;
import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularLimits;
import org.sira.tabular.TabularRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a spreadsheet of persons or returns in one pass over the file, so that a million rows
 * never sit in memory: rows are read and checked a little ahead ({@code RowsAhead}, {@code RowReader}),
 * the refused ones written back for the user, the valid ones written in batches ({@code BatchWriter})
 * inside one transaction, so a file is either imported as the report says or not at all.
 */
@Service
public class SpreadsheetImport {

    public static final int BATCH = 1_000;

    /** Rows whose reference seems to name two people are each pointed out up to this many, then counted. */
    public static final int LISTED_DOUBTFUL_REFERENCES = 20;

    private final TabularLimits limits;
    private final PersonInputReader personReader;
    private final ReturnInputReader returnReader;
    private final PersonBulkRegistration persons;
    private final Returns returns;
    private final ImportMessages messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final boolean postgres;
    /** Null: rows are not compared with the registry. */
    private final PersonMatching matching;

    /** With the default cap on a workbook's text (in proportion to the heap). */
    public SpreadsheetImport(PersonInputReader personReader, ReturnInputReader returnReader, PersonBulkRegistration persons,
                      Returns returns, ImportMessages messages, TransactionTemplate transaction, Clock clock,
                      JdbcClient jdbc, DataSource dataSource, int maxFileMb) {
        this(personReader, returnReader, persons, returns, messages, transaction, clock, jdbc, dataSource, maxFileMb, 0, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public SpreadsheetImport(PersonInputReader personReader, ReturnInputReader returnReader, PersonBulkRegistration persons,
                      Returns returns, ImportMessages messages, TransactionTemplate transaction, Clock clock,
                      JdbcClient jdbc, DataSource dataSource,
                      @org.springframework.beans.factory.annotation.Value("${sira.imports.max-file-mb:100}") int maxFileMb,
                      @org.springframework.beans.factory.annotation.Value("${sira.imports.max-text-chars:0}") long maxTextChars,
                      PersonMatching matching) {
        this.matching = matching;
        // 0: in proportion to the heap (see TabularLimits.HEAP_SHARE).
        TabularLimits limits = TabularLimits.defaults().withMaxFileBytes(maxFileMb * 1024L * 1024L);
        this.limits = maxTextChars > 0 ? limits.withMaxTextChars(maxTextChars) : limits;
        this.personReader = personReader;
        this.returnReader = returnReader;
        this.persons = persons;
        this.returns = returns;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** How far an import has got, for the progress bar. */
    public record Progress(String phase, int rowsChecked, int rowsToWrite, int rowsWritten) {
    }

    /**
     * Runs an import. {@code refused} receives the refused rows as CSV with an error column (may
     * be null). Messages are in the language of the current locale.
     */
    public ImportReport run(Path file, ImportKind kind, ImportMode mode, OutputStream refused, Consumer<Progress> progress) {
        return run(file, kind, mode, refused, progress, written -> { });
    }

    /**
     * As {@link #run(Path, ImportKind, ImportMode, OutputStream, Consumer)}; {@code beforeCommit}
     * receives the report of an import that wrote its rows, inside its transaction, so that what
     * it records commits (or not) with the rows.
     */
    public ImportReport run(Path file, ImportKind kind, ImportMode mode, OutputStream refused, Consumer<Progress> progress,
                            Consumer<ImportReport> beforeCommit) {
        boolean ofReturns = kind == ImportKind.RETURNS;
        Set<ImportField> required = ofReturns
                ? EnumSet.of(ImportField.RETURN_KIND, ImportField.COUNTRY_FROM, ImportField.ARRIVAL_DATE)
                : EnumSet.noneOf(ImportField.class);
        List<ImportReport.FileProblem> fileErrors = new ArrayList<>();
        try (TabularFile table = TabularFile.open(file, limits)) {
            HeaderMapping mapping = HeaderMatcher.match(table.header());
            for (ImportError problem : mapping.problems(required)) {
                fileErrors.add(messages.fileProblem(problem.code(), problem.arguments().toArray()));
            }
            if (!ofReturns) {
                // Someone who chose the wrong import would otherwise lose the returns without a word.
                for (ImportField field : ImportField.OF_A_RETURN) {
                    mapping.column(field).ifPresent(column -> fileErrors.add(messages.fileProblem(
                            "import.header.returnColumn", column.heading(), column.letter())));
                }
            }
            boolean named = mapping.has(ImportField.FAMILY_NAME) || mapping.has(ImportField.GIVEN_NAMES)
                    || mapping.has(ImportField.FULL_NAME);
            if (!named) {
                fileErrors.add(messages.fileProblem("import.header.missing",
                        ImportField.FAMILY_NAME.frenchHeader(), ImportField.FAMILY_NAME.englishHeader()));
            }
            if (!mapping.missing(required).isEmpty() || !named) {
                return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
            }
            ImportReport report = transaction.execute(status -> {
                ImportReport read;
                try {
                    read = readAndWrite(table, mapping, ofReturns, mode, refused, progress, file, fileErrors);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (!read.written()) {
                    status.setRollbackOnly();
                } else {
                    beforeCommit.accept(read);
                }
                return read;
            });
            if (postgres && report.written() && report.imported() >= BatchWriter.ANALYZE_AFTER_ROWS) {
                jdbc.sql(ofReturns ? "ANALYZE person, person_return" : "ANALYZE person").update();
            }
            return report;
        } catch (TabularFileException e) {
            fileErrors.add(messages.fileProblem(e.code(), e.arguments().toArray()));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        } catch (UncheckedIOException e) {
            fileErrors.add(messages.fileProblem("import.file.unreadable"));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        } catch (ConcurrentPersonChange e) {
            fileErrors.add(messages.fileProblem("import.person.changedMeanwhile"));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        }
    }

    /**
     * One pass over the rows inside the import's transaction: valid rows are written in batches
     * as they come (reading a file twice cost a fifth of an import), refused ones are reported.
     * In all-or-nothing mode the first refused row stops the writing; the rest of the file is still
     * checked so that the report lists every problem, and the caller rolls everything back.
     */
    private ImportReport readAndWrite(TabularFile table, HeaderMapping mapping, boolean ofReturns, ImportMode mode,
                                      OutputStream refused, Consumer<Progress> progress, Path file,
                                      List<ImportReport.FileProblem> fileErrors) throws IOException {
        RowReader reader = new RowReader(mapping, ofReturns, personReader, returnReader, clock);
        RejectedRowsWriter refusedWriter = refused == null ? null
                : RejectedRowsWriter.csv(refused, table.header(), messages.message("import.refused.column"));
        long expected = table.expectedRows();
        int expectedRows = expected < 0 || expected > Integer.MAX_VALUE ? 0 : (int) expected;
        BatchWriter writer = new BatchWriter(persons, ofReturns ? returns : null, jdbc, postgres, file.getFileName().toString(),
                expectedRows);
        if (matching != null) {
            writer.lookAlikesBy(new RegistryLookAlikes(matching));
        }
        List<ImportReport.RowOutcome> refusedRows = new ArrayList<>();
        List<ReadRow> batch = new ArrayList<>(BATCH);
        boolean writing = true;
        boolean cellsPastHeaderSaid = false;
        int doubtfulReferences = 0;
        int referencesSayingNone = 0;
        int accepted = 0;
        int done = 0;
        try (RowsAhead<RowReading<ReadRow>> rows = new RowsAhead<>(table.iterator(), reader::read)) {
            while (rows.hasNext()) {
                RowsAhead.Checked<RowReading<ReadRow>> checked = rows.next();
                TabularRow row = checked.row();
                RowReading<ReadRow> read = checked.read();
                if (!cellsPastHeaderSaid) {
                    cellsPastHeaderSaid = CellsPastHeader.said(messages, row, table.header().size(), fileErrors);
                }
                ReadRow ok = read instanceof AcceptedRow<ReadRow> acceptedRow ? acceptedRow.value() : null;
                if (ok != null) {
                    int earlier = writer.rowOfOtherPersonUnderSameReference(ok);
                    if (earlier > 0 && ++doubtfulReferences <= LISTED_DOUBTFUL_REFERENCES) {
                        fileErrors.add(messages.fileProblem("import.reference.otherPerson",
                                String.valueOf(row.number()), ok.externalRef(), String.valueOf(earlier)));
                    }
                    accepted++;
                    if (ok.referenceSaidNone()) {
                        referencesSayingNone++;
                    }
                    if (writing) {
                        batch.add(ok);
                    }
                } else if (read instanceof RefusedRow<ReadRow> refusedRow) {
                    List<ImportReport.Problem> described = refusedRow.problems().stream().map(messages::describe).toList();
                    refusedRows.add(new ImportReport.RowOutcome(row.number(), ImportReport.Status.REJECTED, null, null, described));
                    if (refusedWriter != null) {
                        refusedWriter.write(row, described.stream().map(p -> p.column() == null ? p.message()
                                : p.column() + " : " + p.message()).toList());
                    }
                    if (mode == ImportMode.ALL_OR_NOTHING) {
                        writing = false;
                        batch.clear();
                    }
                }
                if (batch.size() == BATCH) {
                    writer.write(batch);
                    batch.clear();
                    writer.keepPlansRight();
                }
                if (++done % BATCH == 0) {
                    if (!writing) {
                        // Nothing more is written: rows are still compared with the persons written before
                        // and with the rows of the last batch, but memory no longer grows with the file.
                        writer.forgetUnwritten();
                    }
                    // Without an idea of the file's length (a workbook that does not say) a bar would lie: rows are counted instead.
                    progress.accept(writing && expectedRows > 0
                            ? new Progress("WRITING", done, Math.max(expectedRows, done), writer.counts().written())
                            : new Progress("CHECKING", done, 0, 0));
                }
            }
        }
        if (writing) {
            writer.write(batch);
        }
        for (ReadRow row : writer.rowsOfOtherSexThanStored()) {
            if (++doubtfulReferences <= LISTED_DOUBTFUL_REFERENCES) {
                fileErrors.add(messages.fileProblem("import.reference.otherSexThanStored", String.valueOf(row.number()), row.externalRef()));
            }
        }
        if (referencesSayingNone > 0) {
            fileErrors.add(messages.fileProblem("import.reference.none", String.valueOf(referencesSayingNone)));
        }
        if (doubtfulReferences > LISTED_DOUBTFUL_REFERENCES) {
            fileErrors.add(messages.fileProblem("import.reference.otherPerson.more",
                    String.valueOf(doubtfulReferences - LISTED_DOUBTFUL_REFERENCES)));
        }
        if (refusedWriter != null) {
            refusedWriter.close();
        }
        if (accepted == 0 && refusedRows.isEmpty()) {
            fileErrors.add(messages.fileProblem("import.file.noRows"));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        }
        if (!writing || accepted == 0) {
            // Refused, or every row refused even in valid-rows mode: nothing to keep.
            return new ImportReport(0, refusedRows.size(), 0, 0, 0, false, fileErrors, refusedRows, accepted);
        }
        ImportCounts counts = writer.counts();
        progress.accept(new Progress("WRITING", done, done, counts.written()));
        List<ImportReport.RowOutcome> listed = new ArrayList<>(refusedRows);
        listed.addAll(counts.outcomes());
        listed.sort(java.util.Comparator.comparingInt(ImportReport.RowOutcome::row));
        return new ImportReport(accepted, refusedRows.size(), counts.created(), counts.updated(), counts.unchanged(), true,
                fileErrors, listed);
    }
}
