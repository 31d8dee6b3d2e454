package org.sira.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnInputReader;
import org.sira.arrivals.Returns;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.ImportError;
import org.sira.tabular.ImportField;
import org.sira.tabular.RejectedRowsWriter;
import org.sira.tabular.TabularFile;
import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularLimits;
import org.sira.tabular.TabularRow;
import org.sira.imports.internal.RowReader;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.imports.internal.RowReader.RowProblem;
import org.sira.people.Person;
import org.sira.people.PersonBulkRegistration;
import org.sira.people.PersonDetails;
import org.sira.people.PersonInputReader;
import org.sira.shared.web.ProblemFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a spreadsheet of persons or returns in two passes over the file, so that a million
 * rows never sit in memory: the first checks every row (and writes the refused ones back for
 * the user), the second writes the valid rows in batches inside one transaction, so a file is
 * either imported as the report says or not at all.
 */
@Service
public class SpreadsheetImport {

    static final int BATCH = 1_000;

    private final TabularLimits limits;
    /** Accepted rows are listed one by one only for files up to this size; refused rows always are. */
    static final int LISTED_ACCEPTED_ROWS = 10_000;
    /**
     * After writing at least this many rows to PostgreSQL, the planner's statistics of the tables
     * are refreshed at once: until autovacuum gets to it, a table that grew from nothing to a million
     * returns is still planned as nearly empty, and the statistics of returns took twice as long
     * (docs/BENCHMARKS-imports.md).
     */
    static final int ANALYZE_AFTER_ROWS = 10_000;

    private final PersonInputReader personReader;
    private final ReturnInputReader returnReader;
    private final PersonBulkRegistration persons;
    private final Returns returns;
    private final ProblemFactory problems;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final boolean postgres;

    SpreadsheetImport(PersonInputReader personReader, ReturnInputReader returnReader, PersonBulkRegistration persons,
                      Returns returns, ProblemFactory problems, TransactionTemplate transaction, Clock clock,
                      JdbcClient jdbc, DataSource dataSource,
                      @org.springframework.beans.factory.annotation.Value("${sira.imports.max-file-mb:100}") int maxFileMb) {
        this.limits = TabularLimits.defaults().withMaxFileBytes(maxFileMb * 1024L * 1024L);
        this.personReader = personReader;
        this.returnReader = returnReader;
        this.persons = persons;
        this.returns = returns;
        this.problems = problems;
        this.transaction = transaction;
        this.clock = clock;
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** How far an import has got, for the progress bar. */
    public record Progress(String phase, int rowsChecked, int rowsToWrite, int rowsWritten) {
    }

    /**
     * Runs an import. {@code refused} receives the refused rows as CSV with an error column (may
     * be null). Messages are in the language of the current locale.
     */
    public ImportReport run(Path file, ImportKind kind, ImportMode mode, OutputStream refused, Consumer<Progress> progress) {
        boolean ofReturns = kind == ImportKind.RETURNS;
        Set<ImportField> required = ofReturns
                ? EnumSet.of(ImportField.RETURN_KIND, ImportField.COUNTRY_FROM, ImportField.ARRIVAL_DATE)
                : EnumSet.noneOf(ImportField.class);
        List<ImportReport.FileProblem> fileErrors = new ArrayList<>();
        List<ImportReport.RowOutcome> refusedRows = new ArrayList<>();
        BitSet refusedNumbers = new BitSet();
        int accepted = 0;
        HeaderMapping mapping;
        try (TabularFile table = TabularFile.open(file, limits)) {
            mapping = HeaderMatcher.match(table.header());
            for (ImportError problem : mapping.problems(required)) {
                fileErrors.add(new ImportReport.FileProblem(problem.code(), message(problem.code(), problem.arguments().toArray())));
            }
            if (!mapping.has(ImportField.FAMILY_NAME) && !mapping.has(ImportField.GIVEN_NAMES)) {
                fileErrors.add(new ImportReport.FileProblem("import.header.missing",
                        message("import.header.missing", ImportField.FAMILY_NAME.frenchHeader(), ImportField.FAMILY_NAME.englishHeader())));
            }
            if (!mapping.missing(required).isEmpty() || (!mapping.has(ImportField.FAMILY_NAME) && !mapping.has(ImportField.GIVEN_NAMES))) {
                return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
            }
            RowReader reader = new RowReader(mapping, ofReturns, personReader, returnReader, clock);
            RejectedRowsWriter refusedWriter = refused == null ? null
                    : RejectedRowsWriter.csv(refused, table.header(), message("import.refused.column"));
            Map<String, Integer> firstRowOfPerson = new HashMap<>();
            Iterator<TabularRow> rows = table.iterator();
            int checked = 0;
            while (rows.hasNext()) {
                TabularRow row = rows.next();
                Object read = reader.read(row);
                if (read instanceof ReadRow ok) {
                    accepted++;
                    if (!ofReturns) {
                        firstRowOfPerson.putIfAbsent(ok.identity(), row.number());
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    List<RowProblem> rowProblems = (List<RowProblem>) read;
                    List<ImportReport.Problem> described = rowProblems.stream().map(this::describe).toList();
                    refusedRows.add(new ImportReport.RowOutcome(row.number(), ImportReport.Status.REJECTED, null, null, described));
                    refusedNumbers.set(row.number());
                    if (refusedWriter != null) {
                        refusedWriter.write(row, described.stream().map(p -> p.column() == null ? p.message()
                                : p.column() + " : " + p.message()).toList());
                    }
                }
                if (++checked % 5_000 == 0) {
                    progress.accept(new Progress("CHECKING", checked, 0, 0));
                }
            }
            if (refusedWriter != null) {
                refusedWriter.close();
            }
            progress.accept(new Progress("CHECKING", checked, 0, 0));
        } catch (TabularFileException e) {
            fileErrors.add(new ImportReport.FileProblem(e.code(), message(e.code(), e.arguments().toArray())));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        } catch (IOException e) {
            fileErrors.add(new ImportReport.FileProblem("import.file.unreadable", message("import.file.unreadable")));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        }
        if (accepted == 0 && refusedRows.isEmpty()) {
            fileErrors.add(new ImportReport.FileProblem("import.file.noRows", message("import.file.noRows")));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        }
        if (mode == ImportMode.ALL_OR_NOTHING && !refusedRows.isEmpty()) {
            return new ImportReport(0, refusedRows.size(), 0, 0, 0, false, fileErrors, refusedRows);
        }
        int toWrite = accepted;
        Writer writer = new Writer(ofReturns, mapping, toWrite <= LISTED_ACCEPTED_ROWS, file.getFileName().toString());
        transaction.executeWithoutResult(status -> {
            try (TabularFile table = TabularFile.open(file, limits)) {
                RowReader reader = new RowReader(mapping, ofReturns, personReader, returnReader, clock);
                List<ReadRow> batch = new ArrayList<>(BATCH);
                Iterator<TabularRow> rows = table.iterator();
                while (rows.hasNext()) {
                    TabularRow row = rows.next();
                    if (refusedNumbers.get(row.number())) {
                        continue;
                    }
                    batch.add((ReadRow) reader.read(row));
                    if (batch.size() == BATCH) {
                        writer.write(batch);
                        batch.clear();
                        progress.accept(new Progress("WRITING", toWrite, toWrite, writer.written));
                    }
                }
                writer.write(batch);
                progress.accept(new Progress("WRITING", toWrite, toWrite, writer.written));
            }
        });
        if (postgres && writer.written >= ANALYZE_AFTER_ROWS) {
            jdbc.sql(ofReturns ? "ANALYZE person, person_return" : "ANALYZE person").update();
        }
        List<ImportReport.RowOutcome> listed = new ArrayList<>(refusedRows);
        listed.addAll(writer.outcomes);
        listed.sort(java.util.Comparator.comparingInt(ImportReport.RowOutcome::row));
        return new ImportReport(accepted, refusedRows.size(), writer.created, writer.updated, writer.unchanged, true,
                fileErrors, listed);
    }

    /** The second pass: finds or creates each row's person, then adds the returns not already there. */
    private final class Writer {

        private final boolean ofReturns;
        private final HeaderMapping mapping;
        private final boolean listRows;
        private final String reason;
        private final Map<String, UUID> personOf = new HashMap<>();
        final List<ImportReport.RowOutcome> outcomes = new ArrayList<>();
        int written;
        int created;
        int updated;
        int unchanged;

        Writer(boolean ofReturns, HeaderMapping mapping, boolean listRows, String fileName) {
            this.ofReturns = ofReturns;
            this.mapping = mapping;
            this.listRows = listRows;
            this.reason = "import of " + fileName;
        }

        void write(List<ReadRow> batch) {
            if (batch.isEmpty()) {
                return;
            }
            resolveKnownPersons(batch);
            Map<String, PersonDetails> newPersons = new LinkedHashMap<>();
            for (ReadRow row : batch) {
                if (!personOf.containsKey(row.identity())) {
                    newPersons.putIfAbsent(row.identity(), row.person());
                }
            }
            List<String> identities = new ArrayList<>(newPersons.keySet());
            List<String> sourceKeys = identities.stream().map(id -> id.startsWith("key:") ? id.substring(4) : null).toList();
            List<Person> registered = persons.registerAll(new ArrayList<>(newPersons.values()), sourceKeys, reason);
            Set<String> createdNow = new HashSet<>();
            for (int i = 0; i < registered.size(); i++) {
                personOf.put(identities.get(i), registered.get(i).id());
                createdNow.add(identities.get(i));
            }
            if (ofReturns) {
                writeReturns(batch, createdNow);
            } else {
                updateKnownPersons(batch, createdNow);
            }
            written += batch.size();
        }

        private void resolveKnownPersons(List<ReadRow> batch) {
            Set<String> refs = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (ReadRow row : batch) {
                if (!personOf.containsKey(row.identity())) {
                    if (row.externalRef() != null) {
                        refs.add(row.externalRef());
                    } else {
                        keys.add(row.sourceKey());
                    }
                }
            }
            persons.idsByExternalRef(refs).forEach((ref, id) -> personOf.put("ref:" + ref, id));
            persons.idsBySourceKey(keys).forEach((key, id) -> personOf.put("key:" + key, id));
        }

        private void updateKnownPersons(List<ReadRow> batch, Set<String> createdNow) {
            Map<UUID, Person> existing = new HashMap<>();
            List<UUID> known = batch.stream().filter(r -> !createdNow.contains(r.identity()))
                    .map(r -> personOf.get(r.identity())).distinct().toList();
            persons.find(known).forEach(p -> existing.put(p.id(), p));
            Set<String> seenInBatch = new HashSet<>();
            for (ReadRow row : batch) {
                UUID id = personOf.get(row.identity());
                ImportReport.Action action;
                if (createdNow.contains(row.identity()) && seenInBatch.add(row.identity())) {
                    action = ImportReport.Action.CREATED;
                    created++;
                } else if (createdNow.contains(row.identity()) || !seenInBatch.add(row.identity())) {
                    action = ImportReport.Action.SAME_AS_EARLIER_ROW;
                    unchanged++;
                } else {
                    Person person = existing.get(id);
                    PersonDetails merged = merge(person.details(), row.person());
                    if (merged.equals(person.details())) {
                        action = ImportReport.Action.UNCHANGED;
                        unchanged++;
                    } else {
                        persons.update(person, merged, reason);
                        action = ImportReport.Action.UPDATED;
                        updated++;
                    }
                }
                record(row, action, id);
            }
        }

        private void writeReturns(List<ReadRow> batch, Set<String> createdNow) {
            // Persons created by this very batch have no returns yet: only the others are looked up.
            Set<String> existing = returns.existingKeys(batch.stream().filter(r -> !createdNow.contains(r.identity()))
                    .map(r -> personOf.get(r.identity())).filter(id -> id != null).distinct().toList());
            List<UUID> personIds = new ArrayList<>();
            List<PersonReturn.ReturnDetails> details = new ArrayList<>();
            Set<String> createdPersonsSeen = new HashSet<>();
            for (ReadRow row : batch) {
                UUID personId = personOf.get(row.identity());
                String key = Returns.key(personId, row.personReturn());
                boolean newPerson = createdNow.contains(row.identity()) && createdPersonsSeen.add(row.identity());
                if (existing.add(key)) {
                    personIds.add(personId);
                    details.add(row.personReturn());
                    if (newPerson) {
                        created++;
                    }
                    record(row, newPerson ? ImportReport.Action.CREATED : ImportReport.Action.RETURN_ADDED, personId);
                } else {
                    unchanged++;
                    record(row, ImportReport.Action.UNCHANGED, personId);
                }
            }
            returns.registerAll(personIds, details, reason);
        }

        /** The stored person with the columns this file has put over them; other fields stay as they were. */
        private PersonDetails merge(PersonDetails stored, PersonDetails file) {
            return new PersonDetails(
                    has(ImportField.FAMILY_NAME) ? file.familyName() : stored.familyName(),
                    has(ImportField.GIVEN_NAMES) ? file.givenNames() : stored.givenNames(),
                    stored.aliases(),
                    has(ImportField.SEX) ? file.sex() : stored.sex(),
                    has(ImportField.BIRTH_DATE) ? file.birthDate() : stored.birthDate(),
                    has(ImportField.FATHER_GIVEN_NAME) ? file.fatherGivenName() : stored.fatherGivenName(),
                    has(ImportField.MOTHER_NAME) ? file.motherName() : stored.motherName(),
                    has(ImportField.ORIGIN_COMMUNE) || has(ImportField.ORIGIN_REGION) ? file.origin() : stored.origin(),
                    has(ImportField.PHONE) ? file.phones() : stored.phones(),
                    has(ImportField.DOCUMENT_NUMBER) ? file.documents() : stored.documents(),
                    stored.languages(), stored.vulnerabilities(), stored.consent(),
                    stored.externalRef() != null ? stored.externalRef() : file.externalRef(), stored.restricted());
        }

        private boolean has(ImportField field) {
            return mapping.has(field);
        }

        private void record(ReadRow row, ImportReport.Action action, UUID personId) {
            if (listRows) {
                outcomes.add(new ImportReport.RowOutcome(row.number(), ImportReport.Status.IMPORTED, action, personId, List.of()));
            }
        }
    }

    private ImportReport.Problem describe(RowProblem problem) {
        String field = problem.field() != null ? problem.field().englishHeader() : problem.column();
        return new ImportReport.Problem(field, problem.column() != null ? problem.column() : field,
                message(problem.code(), problem.arguments()));
    }

    private String message(String code, Object... arguments) {
        return problems.message(code, arguments);
    }
}
