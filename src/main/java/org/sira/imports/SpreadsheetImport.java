package org.sira.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.sira.arrivals.CountedPerson;
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
import org.sira.matching.NameKeys;
import org.sira.imports.internal.MaybeSeen;
import org.sira.imports.internal.RowReader;
import org.sira.imports.internal.RowsAhead;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.imports.internal.RowReader.RowProblem;
import org.sira.people.Origin;
import org.sira.people.Person;
import org.sira.people.PhoneNumber;
import org.sira.people.PersonBulkRegistration;
import org.sira.people.PersonDetails;
import org.sira.people.PersonInputReader;
import org.sira.people.Sex;
import org.sira.shared.jdbc.Databases;
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
    /** Rows whose reference seems to name two people are each pointed out up to this many, then counted. */
    static final int LISTED_DOUBTFUL_REFERENCES = 20;
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

    /** With the default cap on a workbook's text (in proportion to the heap). */
    SpreadsheetImport(PersonInputReader personReader, ReturnInputReader returnReader, PersonBulkRegistration persons,
                      Returns returns, ProblemFactory problems, TransactionTemplate transaction, Clock clock,
                      JdbcClient jdbc, DataSource dataSource, int maxFileMb) {
        this(personReader, returnReader, persons, returns, problems, transaction, clock, jdbc, dataSource, maxFileMb, 0);
    }

    @org.springframework.beans.factory.annotation.Autowired
    SpreadsheetImport(PersonInputReader personReader, ReturnInputReader returnReader, PersonBulkRegistration persons,
                      Returns returns, ProblemFactory problems, TransactionTemplate transaction, Clock clock,
                      JdbcClient jdbc, DataSource dataSource,
                      @org.springframework.beans.factory.annotation.Value("${sira.imports.max-file-mb:100}") int maxFileMb,
                      @org.springframework.beans.factory.annotation.Value("${sira.imports.max-text-chars:0}") long maxTextChars) {
        // 0: in proportion to the heap (see TabularLimits.HEAP_SHARE).
        TabularLimits limits = TabularLimits.defaults().withMaxFileBytes(maxFileMb * 1024L * 1024L);
        this.limits = maxTextChars > 0 ? limits.withMaxTextChars(maxTextChars) : limits;
        this.personReader = personReader;
        this.returnReader = returnReader;
        this.persons = persons;
        this.returns = returns;
        this.problems = problems;
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
                fileErrors.add(fileProblem(problem.code(), problem.arguments().toArray()));
            }
            if (!ofReturns) {
                // Someone who chose the wrong import would otherwise lose the returns without a word.
                for (ImportField field : ImportField.OF_A_RETURN) {
                    mapping.column(field).ifPresent(column -> fileErrors.add(fileProblem(
                            "import.header.returnColumn", column.heading(), column.letter())));
                }
            }
            boolean named = mapping.has(ImportField.FAMILY_NAME) || mapping.has(ImportField.GIVEN_NAMES)
                    || mapping.has(ImportField.FULL_NAME);
            if (!named) {
                fileErrors.add(fileProblem("import.header.missing",
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
            if (postgres && report.written() && report.imported() >= ANALYZE_AFTER_ROWS) {
                jdbc.sql(ofReturns ? "ANALYZE person, person_return" : "ANALYZE person").update();
            }
            return report;
        } catch (TabularFileException e) {
            fileErrors.add(fileProblem(e.code(), e.arguments().toArray()));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        } catch (UncheckedIOException e) {
            fileErrors.add(fileProblem("import.file.unreadable"));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        } catch (ConcurrentPersonChange e) {
            fileErrors.add(fileProblem("import.person.changedMeanwhile"));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        }
    }

    /** Someone saved a person of the file while the import was writing them: the import is rolled back whole. */
    private static final class ConcurrentPersonChange extends RuntimeException {
        ConcurrentPersonChange(UUID person) {
            super("person " + person + " changed during the import", null, false, false);
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
                : RejectedRowsWriter.csv(refused, table.header(), message("import.refused.column"));
        long expected = table.expectedRows();
        int expectedRows = expected < 0 || expected > Integer.MAX_VALUE ? 0 : (int) expected;
        Writer writer = new Writer(ofReturns, mapping, expectedRows <= LISTED_ACCEPTED_ROWS, file.getFileName().toString(),
                expectedRows);
        List<ImportReport.RowOutcome> refusedRows = new ArrayList<>();
        List<ReadRow> batch = new ArrayList<>(BATCH);
        boolean writing = true;
        boolean cellsPastHeaderSaid = false;
        int doubtfulReferences = 0;
        int referencesSayingNone = 0;
        int accepted = 0;
        int done = 0;
        try (RowsAhead rows = new RowsAhead(table.iterator(), reader::read)) {
            while (rows.hasNext()) {
                RowsAhead.Checked checked = rows.next();
                TabularRow row = checked.row();
                Object read = checked.read();
                if (!cellsPastHeaderSaid) {
                    cellsPastHeaderSaid = saysCellsPastHeader(row, table.header().size(), fileErrors);
                }
                if (read instanceof ReadRow ok) {
                    int earlier = writer.rowOfOtherPersonUnderSameReference(ok);
                    if (earlier > 0 && ++doubtfulReferences <= LISTED_DOUBTFUL_REFERENCES) {
                        fileErrors.add(fileProblem("import.reference.otherPerson",
                                String.valueOf(row.number()), ok.externalRef(), String.valueOf(earlier)));
                    }
                }
                if (read instanceof ReadRow ok) {
                    accepted++;
                    if (ok.referenceSaidNone()) {
                        referencesSayingNone++;
                    }
                    if (writing) {
                        batch.add(ok);
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    List<RowProblem> rowProblems = (List<RowProblem>) read;
                    List<ImportReport.Problem> described = rowProblems.stream().map(this::describe).toList();
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
                            ? new Progress("WRITING", done, Math.max(expectedRows, done), writer.written)
                            : new Progress("CHECKING", done, 0, 0));
                }
            }
        }
        if (writing) {
            writer.write(batch);
        }
        for (ReadRow row : writer.rowsOfOtherSexThanStored) {
            if (++doubtfulReferences <= LISTED_DOUBTFUL_REFERENCES) {
                fileErrors.add(fileProblem("import.reference.otherSexThanStored", String.valueOf(row.number()), row.externalRef()));
            }
        }
        if (referencesSayingNone > 0) {
            fileErrors.add(fileProblem("import.reference.none", String.valueOf(referencesSayingNone)));
        }
        if (doubtfulReferences > LISTED_DOUBTFUL_REFERENCES) {
            fileErrors.add(fileProblem("import.reference.otherPerson.more",
                    String.valueOf(doubtfulReferences - LISTED_DOUBTFUL_REFERENCES)));
        }
        if (refusedWriter != null) {
            refusedWriter.close();
        }
        if (accepted == 0 && refusedRows.isEmpty()) {
            fileErrors.add(fileProblem("import.file.noRows"));
            return new ImportReport(0, 0, 0, 0, 0, false, fileErrors, List.of());
        }
        if (!writing || accepted == 0) {
            // Refused, or every row refused even in valid-rows mode: nothing to keep.
            return new ImportReport(0, refusedRows.size(), 0, 0, 0, false, fileErrors, refusedRows, accepted);
        }
        progress.accept(new Progress("WRITING", done, done, writer.written));
        List<ImportReport.RowOutcome> listed = new ArrayList<>(refusedRows);
        listed.addAll(writer.outcomes);
        listed.sort(java.util.Comparator.comparingInt(ImportReport.RowOutcome::row));
        return new ImportReport(accepted, refusedRows.size(), writer.created, writer.updated, writer.unchanged, true,
                fileErrors, listed);
    }

    /** Finds or creates each row's person, then adds the returns not already there. */
    private final class Writer {

        private final boolean ofReturns;
        private final HeaderMapping mapping;
        private boolean listRows;
        private final String reason;
        /**
         * Each person of the file met so far, by identity. {@code counted} is set for the persons this
         * import created: they can have no returns but the ones it wrote, and the statistics columns
         * of their returns need not be read back. {@code given}: which fields a returns file could
         * complete the person already has ({@link #NOT_READ} until known), so that rows bringing
         * nothing new are not compared with the stored person.
         */
        private record Known(UUID id, CountedPerson counted, FirstSeen first, int given) {

            Known(UUID id, CountedPerson counted, FirstSeen first) {
                this(id, counted, first, NOT_READ);
            }

            Known withFirst(FirstSeen first) {
                return new Known(id, counted, first, given);
            }
        }

        /** {@link Known#given} of a person not read from the database yet. */
        private static final int NOT_READ = -1;
        private static final int SEX = 1, BIRTH_DATE = 2, FATHER = 4, MOTHER = 8, ORIGIN = 16, PHONE = 32, DOCUMENT = 64;

        /** Which of the fields a returns file can complete these details hold. */
        private static int given(PersonDetails details) {
            return (details.sex() != null ? SEX : 0) | (details.birthDate() != null ? BIRTH_DATE : 0)
                    | (details.fatherGivenName() != null ? FATHER : 0) | (details.motherName() != null ? MOTHER : 0)
                    | (!details.origin().equals(Origin.UNKNOWN) ? ORIGIN : 0) | (!details.phones().isEmpty() ? PHONE : 0)
                    | (!details.documents().isEmpty() ? DOCUMENT : 0);
        }

        /**
         * Who the first row of a reference said the person was. A later row of the same reference that
         * gives another sex, or names that share no spelling with the first ones ("Kulibali Aoua" does
         * share with "Coulibaly Awa"), looks like another person under a mistyped reference. {@code details} are kept only until the batch is written;
         * after that the person is read back in the rare case the names need a closer look.
         */
        private record FirstSeen(int row, Sex sex, int familyName, int givenNames, PersonDetails details) {

            static FirstSeen of(ReadRow row) {
                return new FirstSeen(row.number(), row.person().sex(), row.familyNameKey(), row.givenNamesKey(), row.person());
            }

            FirstSeen written() {
                return new FirstSeen(row, sex, familyName, givenNames, null);
            }

            boolean otherSex(FirstSeen later) {
                return sex != null && later.sex != null && sex != later.sex;
            }

            /** Both names written otherwise, even without case and accents: worth comparing their spellings. */
            boolean otherWriting(FirstSeen later) {
                return differ(familyName, later.familyName) && differ(givenNames, later.givenNames);
            }

            private static boolean differ(int a, int b) {
                return a != 0 && b != 0 && a != b;
            }
        }

        private static boolean shareNoSpelling(PersonDetails a, PersonDetails b) {
            Set<String> first = NameKeys.searchKeys(Objects.toString(a.familyName(), "") + " " + Objects.toString(a.givenNames(), ""));
            return NameKeys.searchKeys(Objects.toString(b.familyName(), "") + " " + Objects.toString(b.givenNames(), ""))
                    .stream().noneMatch(first::contains);
        }

        /** The first row of each reference met since the last batch was written. */
        private final Map<String, FirstSeen> unwritten = new HashMap<>();

        private final Map<String, Known> personOf = new HashMap<>();
        /** One copy of each region name as written, however many persons of the file come from it. */
        private final Map<String, String> regionTexts = new HashMap<>();
        private final MaybeSeen returnsWrittenForCreated;
        final List<ImportReport.RowOutcome> outcomes = new ArrayList<>();
        int written;
        int created;
        int updated;
        int unchanged;

        Writer(boolean ofReturns, HeaderMapping mapping, boolean listRows, String fileName, int expectedRows) {
            this.returnsWrittenForCreated = new MaybeSeen(ofReturns ? expectedRows : 0);
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
            Map<UUID, Person> createdPersons = new HashMap<>();
            for (int i = 0; i < registered.size(); i++) {
                personOf.put(identities.get(i), new Known(registered.get(i).id(), counted(registered.get(i).details()), null,
                        given(registered.get(i).details())));
                createdNow.add(identities.get(i));
                createdPersons.put(registered.get(i).id(), registered.get(i));
            }
            if (ofReturns) {
                writeReturns(batch, createdNow, completeKnownPersons(batch, createdPersons));
            } else {
                updateKnownPersons(batch, createdPersons);
            }
            written += batch.size();
            unwritten.forEach((identity, first) -> personOf.computeIfPresent(identity,
                    (k, known) -> known.first() == null ? known.withFirst(first.written()) : known));
            unwritten.clear();
        }

        /**
         * The earlier row of this row's reference when the two look like different people, 0 when not.
         * api-v1 makes a reference one person, so the row is still theirs; the user is told to check.
         */
        int rowOfOtherPersonUnderSameReference(ReadRow row) {
            if (row.externalRef() == null) {
                return 0;
            }
            FirstSeen seen = FirstSeen.of(row);
            Known known = personOf.get(row.identity());
            FirstSeen first = known != null && known.first() != null ? known.first() : unwritten.putIfAbsent(row.identity(), seen);
            if (first == null) {
                return 0;
            }
            boolean otherPerson = first.otherSex(seen);
            if (!otherPerson && first.otherWriting(seen)) {
                PersonDetails earlier = first.details() != null ? first.details()
                        : persons.find(List.of(known.id())).stream().findFirst().map(Person::details).orElse(row.person());
                otherPerson = shareNoSpelling(earlier, row.person());
            }
            if (first.sex() == null && seen.sex() != null) {
                // The first row that gives a sex is the one later rows are compared with.
                FirstSeen withSex = new FirstSeen(seen.row(), seen.sex(), first.familyName(), first.givenNames(), first.details());
                if (known != null && known.first() != null) {
                    personOf.put(row.identity(), known.withFirst(withSex));
                } else {
                    unwritten.put(row.identity(), withSex);
                }
            }
            return otherPerson ? first.row() : 0;
        }

        void forgetUnwritten() {
            unwritten.clear();
        }

        private boolean analysed;

        /**
         * PostgreSQL plans the import's own look-ups (persons by reference, by id) from statistics
         * taken before the import: on tables that grew from nothing to hundreds of thousands of rows
         * in this transaction it scanned them whole for every batch, and a million rows took forever.
         * ANALYZE inside the transaction counts its own rows. Once is enough: the planner scales the
         * rows per page it learnt by the table's current size, so later growth is seen without
         * another ANALYZE (which cost 2 s of a 12 s import when it was repeated at every doubling).
         */
        void keepPlansRight() {
            if (postgres && !analysed && written >= ANALYZE_AFTER_ROWS) {
                jdbc.sql("ANALYZE person, person_return, person_name_key").update();
                analysed = true;
            }
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
            persons.idsByExternalRef(refs).forEach((ref, id) -> personOf.put("ref:" + ref, new Known(id, null, null)));
            persons.idsBySourceKey(keys).forEach((key, id) -> personOf.put("key:" + key, new Known(id, null, null)));
        }

        /**
         * Rows of persons already known (from the database or an earlier batch) put their columns over
         * the stored person; so does a later row of a person met earlier in the same batch, against
         * the person as the earlier row left them. Each person is written once, as their last row
         * leaves them, and only when that differs from what is stored: the same file imported again
         * changes nobody and says so, even when its rows of one person disagree with each other.
         */
        private void updateKnownPersons(List<ReadRow> batch, Map<UUID, Person> createdNow) {
            Map<UUID, Person> stored = withStored(createdNow, batch.stream().map(r -> personOf.get(r.identity()).id())
                    .filter(id -> !createdNow.containsKey(id)).distinct().toList());
            Map<UUID, PersonDetails> leftAs = new LinkedHashMap<>();
            List<ImportReport.Action> actions = new ArrayList<>(batch.size());
            Set<UUID> seenInBatch = new HashSet<>();
            for (ReadRow row : batch) {
                UUID id = personOf.get(row.identity()).id();
                boolean first = seenInBatch.add(id);
                Person person = present(stored, id);
                if (first && createdNow.containsKey(id)) {
                    actions.add(ImportReport.Action.CREATED);
                    leftAs.put(id, person.details());
                    continue;
                }
                PersonDetails before = leftAs.getOrDefault(id, person.details());
                PersonDetails after = merge(before, row.person());
                leftAs.put(id, after);
                actions.add(!after.equals(before) ? ImportReport.Action.UPDATED
                        : first ? ImportReport.Action.UNCHANGED : ImportReport.Action.SAME_AS_EARLIER_ROW);
            }
            Set<UUID> unchangedInTheEnd = new HashSet<>();
            for (Map.Entry<UUID, PersonDetails> person : leftAs.entrySet()) {
                Person before = stored.get(person.getKey());
                if (person.getValue().equals(before.details())) {
                    unchangedInTheEnd.add(before.id());
                } else {
                    persons.update(before, person.getValue(), reason).orElseThrow(() -> new ConcurrentPersonChange(before.id()));
                    if (updatedPersons.add(before.id())) {
                        updated++;
                    }
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                UUID id = personOf.get(batch.get(i).identity()).id();
                ImportReport.Action action = actions.get(i);
                if (action == ImportReport.Action.UPDATED && unchangedInTheEnd.contains(id)) {
                    action = ImportReport.Action.UNCHANGED;
                }
                if (action == ImportReport.Action.CREATED) {
                    created++;
                } else if (action != ImportReport.Action.UPDATED) {
                    unchanged++;
                }
                record(batch.get(i), action, id);
            }
        }

        /** The persons this batch created, and those of {@code ids} as stored now. */
        private Map<UUID, Person> withStored(Map<UUID, Person> createdNow, Collection<UUID> ids) {
            Map<UUID, Person> all = new HashMap<>(createdNow);
            persons.find(new ArrayList<>(ids)).forEach(p -> all.put(p.id(), p));
            return all;
        }

        /** A person found by reference earlier but no longer stored was merged into someone else meanwhile. */
        private static Person present(Map<UUID, Person> persons, UUID id) {
            Person person = persons.get(id);
            if (person == null) {
                throw new ConcurrentPersonChange(id);
            }
            return person;
        }

        private CountedPerson counted(PersonDetails details) {
            CountedPerson counted = CountedPerson.of(details);
            String region = counted.originRegionText();
            return new CountedPerson(counted.sex(), counted.originRegionCode(),
                    region == null ? null : regionTexts.computeIfAbsent(region, r -> r));
        }

        /** Rows whose reference names a person already recorded with the other sex (their sex is kept). */
        final List<ReadRow> rowsOfOtherSexThanStored = new ArrayList<>();

        /** Persons this import changed, counted once however many of their rows did. */
        private final Set<UUID> updatedPersons = new HashSet<>();

        /**
         * A returns file describes a person again on each of their returns, and their first row is
         * often the least complete: a later row (or a later file) fills in what the person still
         * lacks, and never changes what they have, so that a person's sex or region does not depend
         * on which of their rows came first. Gives the numbers of the rows that completed someone.
         */
        private Set<Integer> completeKnownPersons(List<ReadRow> batch, Map<UUID, Person> createdNow) {
            List<ReadRow> bringing = new ArrayList<>();
            Set<UUID> toRead = new HashSet<>();
            for (ReadRow row : batch) {
                Known known = personOf.get(row.identity());
                int gives = given(row.person());
                if (gives != 0 && (known.given() == NOT_READ || (gives & ~known.given()) != 0)) {
                    bringing.add(row);
                    if (!createdNow.containsKey(known.id())) {
                        toRead.add(known.id());
                    }
                }
            }
            if (bringing.isEmpty()) {
                return Set.of();
            }
            Map<UUID, Person> current = withStored(createdNow, toRead);
            Set<Integer> completing = new HashSet<>();
            for (ReadRow row : bringing) {
                Known known = personOf.get(row.identity());
                Person person = present(current, known.id());
                Sex storedSex = person.details().sex();
                if (known.given() == NOT_READ && storedSex != null && row.person().sex() != null && storedSex != row.person().sex()) {
                    // Within the file the rows are compared with each other; here with who the person already was.
                    rowsOfOtherSexThanStored.add(row);
                }
                PersonDetails completed = person.details().filledFrom(row.person());
                if (!completed.equals(person.details())) {
                    person = persons.update(person, completed, reason).orElseThrow(() -> new ConcurrentPersonChange(known.id()));
                    current.put(person.id(), person);
                    completing.add(row.number());
                    if (updatedPersons.add(person.id())) {
                        updated++;
                    }
                }
                // Returns of persons this import created carry its own copy of their counted traits.
                personOf.put(row.identity(), new Known(known.id(), known.counted() == null ? null : counted(person.details()),
                        known.first(), given(person.details())));
            }
            return completing;
        }

        private void writeReturns(List<ReadRow> batch, Set<String> createdNow, Set<Integer> completing) {
            List<String> keys = new ArrayList<>(batch.size());
            Set<UUID> lookUp = new HashSet<>();
            Map<UUID, CountedPerson> counted = new HashMap<>();
            for (ReadRow row : batch) {
                Known person = personOf.get(row.identity());
                String key = Returns.key(person.id(), row.personReturn());
                keys.add(key);
                // A person this import created has only the returns it wrote, which the filter remembers:
                // the database is asked about the others, and about the filter's "maybe".
                if (person.counted() == null || returnsWrittenForCreated.mightContain(key)) {
                    lookUp.add(person.id());
                } else {
                    counted.put(person.id(), person.counted());
                }
            }
            Map<String, Boolean> existing = returns.existingKeys(lookUp);
            List<UUID> personIds = new ArrayList<>();
            List<PersonReturn.ReturnDetails> details = new ArrayList<>();
            Set<String> createdPersonsSeen = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                ReadRow row = batch.get(i);
                Known person = personOf.get(row.identity());
                UUID personId = person.id();
                String key = keys.get(i);
                boolean newPerson = createdNow.contains(row.identity()) && createdPersonsSeen.add(row.identity());
                Boolean removed = existing.putIfAbsent(key, false);
                if (removed == null) {
                    personIds.add(personId);
                    details.add(row.personReturn());
                    if (person.counted() != null) {
                        returnsWrittenForCreated.add(key);
                        counted.put(personId, person.counted());
                    }
                    if (newPerson) {
                        created++;
                    }
                    record(row, newPerson ? ImportReport.Action.CREATED : ImportReport.Action.RETURN_ADDED, personId);
                } else if (removed) {
                    unchanged++;
                    record(row, ImportReport.Action.RETURN_REMOVED_EARLIER, personId);
                } else if (completing.contains(row.number())) {
                    record(row, ImportReport.Action.UPDATED, personId);
                } else {
                    unchanged++;
                    record(row, ImportReport.Action.UNCHANGED, personId);
                }
            }
            returns.registerAll(personIds, details, counted, reason);
        }

        /**
         * The stored person with what this row says put over them. An empty cell says nothing: a
         * register that left a cell blank does not erase what Sira knows (that is done on the person's page).
         */
        private PersonDetails merge(PersonDetails stored, PersonDetails file) {
            return new PersonDetails(
                    orStored(ImportField.FAMILY_NAME, file.familyName(), stored.familyName()),
                    orStored(ImportField.GIVEN_NAMES, file.givenNames(), stored.givenNames()),
                    stored.aliases(),
                    orStored(ImportField.SEX, file.sex(), stored.sex()),
                    orStored(ImportField.BIRTH_DATE, file.birthDate(), stored.birthDate()),
                    orStored(ImportField.FATHER_GIVEN_NAME, file.fatherGivenName(), stored.fatherGivenName()),
                    orStored(ImportField.MOTHER_NAME, file.motherName(), stored.motherName()),
                    file.origin().equals(Origin.UNKNOWN) ? stored.origin() : file.origin(),
                    has(ImportField.PHONE) ? phones(stored.phones(), file.phones()) : stored.phones(),
                    has(ImportField.DOCUMENT_NUMBER) && !file.documents().isEmpty() ? file.documents() : stored.documents(),
                    stored.languages(), stored.vulnerabilities(), stored.consent(),
                    stored.externalRef() != null ? stored.externalRef() : file.externalRef(), stored.restricted());
        }

        private <T> T orStored(ImportField field, T inFile, T stored) {
            return has(field) && inFile != null ? inFile : stored;
        }

        /**
         * Numbers change often and the old one may still reach the family: a new number comes first
         * and the last known one stays second (a person has two). A number already known changes nothing.
         */
        private static List<PhoneNumber> phones(List<PhoneNumber> stored, List<PhoneNumber> file) {
            if (file.isEmpty() || stored.containsAll(file)) {
                return stored;
            }
            List<PhoneNumber> phones = new ArrayList<>(file);
            stored.stream().filter(p -> !phones.contains(p)).limit(Math.max(0, 2 - phones.size())).forEach(phones::add);
            return phones;
        }

        private boolean has(ImportField field) {
            return mapping.has(field);
        }

        private void record(ReadRow row, ImportReport.Action action, UUID personId) {
            if (listRows) {
                outcomes.add(new ImportReport.RowOutcome(row.number(), ImportReport.Status.IMPORTED, action, personId, List.of()));
                // The file's length was only an estimate (or unknown): a long file stops being listed here.
                if (outcomes.size() > LISTED_ACCEPTED_ROWS) {
                    listRows = false;
                    outcomes.clear();
                }
            }
        }
    }

    /** Values right of the last heading are ignored like unknown columns, and said so (once) like them. */
    private boolean saysCellsPastHeader(TabularRow row, int headings, List<ImportReport.FileProblem> fileErrors) {
        for (ImportError error : row.errors()) {
            if (error.code().equals("import.row.tooManyColumns")) {
                fileErrors.add(fileProblem("import.row.pastLastColumn", String.valueOf(row.number()), error.arguments().get(0)));
                return true;
            }
        }
        for (int column = headings; column < row.cells().size(); column++) {
            if (!row.cell(column).isBlank()) {
                fileErrors.add(fileProblem("import.row.cellsPastHeader",
                        String.valueOf(row.number()), TabularFile.columnLetter(column)));
                return true;
            }
        }
        return false;
    }

    private ImportReport.Problem describe(RowProblem problem) {
        String field = problem.field() != null ? problem.field().englishHeader() : problem.column();
        return new ImportReport.Problem(field, problem.column() != null ? problem.column() : field,
                message(problem.code(), problem.arguments()), problem.code(), java.util.Arrays.asList(problem.arguments()));
    }

    private ImportReport.FileProblem fileProblem(String code, Object... arguments) {
        return new ImportReport.FileProblem(code, message(code, arguments), java.util.Arrays.asList(arguments));
    }

    /** A stored report with its messages in the language of whoever reads it now. */
    ImportReport inReadersLanguage(ImportReport report) {
        return report.writtenBy(this::message);
    }

    private String message(String code, Object... arguments) {
        return problems.message(code, arguments);
    }
}
