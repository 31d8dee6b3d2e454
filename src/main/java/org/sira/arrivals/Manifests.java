package org.sira.arrivals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.sira.matching.MatchIndex;
import org.sira.matching.MatchRecord;
import org.sira.matching.Verdict;
import org.sira.matching.NameNormaliser;
import org.sira.people.BirthDate;
import org.sira.people.PersonInput;
import org.sira.people.PersonMatching;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.people.PhoneNumber;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.StaleRecordException;
import org.sira.shared.web.ProblemFactory;
import org.sira.tabular.BirthDateParser;
import org.sira.tabular.ColumnSample;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.ImportError;
import org.sira.tabular.ImportField;
import org.sira.tabular.Parsed;
import org.sira.tabular.PhoneParser;
import org.sira.tabular.SexParser;
import org.sira.tabular.TabularFile;
import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manifests of arrival groups: the list the authorities hand over is staged row by row with the
 * known persons each row may be and the other rows it may repeat; then a team leader decides
 * the doubtful rows and accepts the confident ones in one go. Decisions check the row's version,
 * so two reviewers cannot decide the same row twice.
 */
@Service
public class Manifests {

    public static final int MAX_ROWS = 2_000;
    /** The person fields a manifest carries (those {@code read} takes from a row), in the order pages offer them. */
    public static final List<ImportField> FIELDS = List.of(ImportField.FAMILY_NAME, ImportField.GIVEN_NAMES, ImportField.FULL_NAME,
            ImportField.SEX, ImportField.BIRTH_DATE, ImportField.FATHER_GIVEN_NAME, ImportField.MOTHER_NAME,
            ImportField.ORIGIN_REGION, ImportField.ORIGIN_COMMUNE, ImportField.PHONE, ImportField.DOCUMENT_NUMBER,
            ImportField.EXTERNAL_REF);
    /** Three values are enough to tell a name from a date or a phone number. */
    private static final int SAMPLE_ROWS = 3;
    private static final int CANDIDATES_KEPT = 5;
    /** Registry records put beside a manifest's rows so that name frequencies are the registry's. */
    private static final int BACKGROUND = 3_000;

    private final JdbcClient jdbc;
    private final PersonMatching matching;
    private final PersonRegistry persons;
    private final ArrivalGroups groups;
    private final AuditLog audit;
    private final ProblemFactory problems;
    private final Clock clock;
    private final PersonVisibility visibility;

    Manifests(JdbcClient jdbc, PersonMatching matching, PersonRegistry persons, ArrivalGroups groups, AuditLog audit,
              ProblemFactory problems, Clock clock, PersonVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.matching = matching;
        this.persons = persons;
        this.groups = groups;
        this.audit = audit;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * Stages a manifest file whose columns are recognised from their headings: all its rows or,
     * when the file itself cannot be read, none. Unknown columns are ignored (api-v1.md).
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public List<ManifestRow> stage(UUID groupId, Path file) {
        return stage(groupId, file, HeaderMatcher::match, false);
    }

    /** Stages a manifest file whose columns a person said what they hold, exactly as {@link #stage(UUID, Path)}. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public List<ManifestRow> stage(UUID groupId, Path file, ColumnMapping columns) {
        return stage(groupId, file, header -> HeaderMapping.chosen(header, columns.fields()), columns.firstRowIsData());
    }

    /**
     * Looks at a manifest file before staging it: the authorities' lists come headed "NOM ET
     * PRENOMS", "Date de naiss.", in Arabic or not at all, and staging them with the columns
     * silently ignored would stage rows without names or dates.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestPreview preview(UUID groupId, Path file) {
        groups.find(groupId);
        try (TabularFile table = TabularFile.open(file)) {
            HeaderMapping recognised = HeaderMatcher.match(table.header());
            List<ColumnSample> columns = ColumnSample.read(table, SAMPLE_ROWS);
            Map<Integer, ImportField> proposed = new HashMap<>();
            recognised.columns().forEach((field, column) -> {
                if (FIELDS.contains(field)) {
                    proposed.put(column.index(), field);
                }
            });
            // A column with values but no heading is one nobody recognised either.
            boolean unheaded = columns.stream().anyMatch(c -> c.heading().isEmpty());
            boolean needsMapping = !recognised.unknown().isEmpty() || unheaded || !hasName(recognised);
            return new ManifestPreview(columns, proposed, needsMapping);
        } catch (TabularFileException e) {
            throw new InvalidInputException(List.of(new FieldError("file", e.code(), e.arguments().toArray())));
        }
    }

    private List<ManifestRow> stage(UUID groupId, Path file, Function<List<String>, HeaderMapping> columns,
                                    boolean firstRowIsData) {
        groups.find(groupId);
        List<ManifestRow> rows = new ArrayList<>();
        try (TabularFile table = TabularFile.open(file)) {
            HeaderMapping mapping = columns.apply(table.header());
            if (!hasName(mapping)) {
                throw InvalidInputException.of("file", "import.header.missing", ImportField.FAMILY_NAME.frenchHeader(),
                        ImportField.FAMILY_NAME.englishHeader());
            }
            int next = jdbc.sql("SELECT COALESCE(MAX(row_number), 0) FROM manifest_row WHERE group_id = :g")
                    .param("g", groupId).query(Integer.class).single();
            if (firstRowIsData) {
                rows.add(read(groupId, new TabularRow(table.headerRowNumber(), table.header(), List.of()), mapping, next));
            }
            Iterator<TabularRow> iterator = table.iterator();
            while (iterator.hasNext()) {
                TabularRow row = iterator.next();
                if (rows.size() == MAX_ROWS) {
                    throw InvalidInputException.of("file", "manifest.too-many-rows", MAX_ROWS);
                }
                rows.add(read(groupId, row, mapping, next));
            }
        } catch (TabularFileException e) {
            throw new InvalidInputException(List.of(new FieldError("file", e.code(), e.arguments().toArray())));
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "import.file.noRows");
        }
        List<ManifestRow> staged = withSameRows(rows).stream().map(this::withCandidates).toList();
        staged.forEach(this::insert);
        audit.record("STAGE", "ARRIVAL_GROUP", groupId.toString(), null, "manifest of " + staged.size() + " rows");
        return forReader(staged);
    }

    private static boolean hasName(HeaderMapping mapping) {
        return mapping.has(ImportField.FAMILY_NAME) || mapping.has(ImportField.GIVEN_NAMES) || mapping.has(ImportField.FULL_NAME);
    }

    /** The group's rows as the reader may see them (see {@link #forReader}). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<ManifestRow> rows(UUID groupId) {
        groups.find(groupId);
        return forReader(systemRows(groupId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public ManifestRow row(UUID groupId, UUID rowId) {
        return forReader(List.of(systemRow(groupId, rowId))).get(0);
    }

    /**
     * Candidates are chosen for everybody when the file is staged, whoever staged it, so that a
     * protected person is recognised even in a list reception loaded; they are filtered here, for
     * whoever reads them.
     */
    private List<ManifestRow> forReader(List<ManifestRow> rows) {
        Set<UUID> named = new HashSet<>();
        for (ManifestRow row : rows) {
            row.candidates().forEach(c -> named.add(c.personId()));
            if (row.personId() != null) {
                named.add(row.personId());
            }
        }
        Set<UUID> hidden = visibility.hiddenAmong(named);
        named.removeAll(hidden);
        visibility.recordReads(named);
        return hidden.isEmpty() ? rows : rows.stream().map(row -> row.seenWithout(hidden)).toList();
    }

    /** The rows as the system sees them, every candidate included: for decisions, never to be shown. */
    private List<ManifestRow> systemRows(UUID groupId) {
        return load("r.group_id = :g", "g", groupId);
    }

    private ManifestRow systemRow(UUID groupId, UUID rowId) {
        return load("r.id = :id", "id", rowId).stream().filter(r -> r.groupId().equals(groupId)).findFirst()
                .orElseThrow(() -> new NotFoundException("MANIFEST_ROW", rowId));
    }

    /** Staged rows matching one condition on {@code manifest_row r}, with their candidates. */
    private List<ManifestRow> load(String condition, String parameter, UUID value) {
        Map<UUID, List<ManifestRow.StagedCandidate>> candidates = new HashMap<>();
        jdbc.sql("""
                SELECT c.row_id, c.person_id, p.file_number, p.external_ref, c.score, c.verdict, c.evidence
                FROM manifest_candidate c JOIN manifest_row r ON r.id = c.row_id JOIN person p ON p.id = c.person_id
                WHERE\s""" + condition + " ORDER BY c.row_id, c.candidate_rank").param(parameter, value).query(rs -> {
                    candidates.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ManifestRow.StagedCandidate(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                    rs.getDouble(5), rs.getString(6), rs.getString(7)));
                });
        return jdbc.sql("SELECT * FROM manifest_row r WHERE " + condition + " ORDER BY r.row_number")
                .param(parameter, value).query((rs, n) -> row(rs, candidates)).list();
    }

    /** "Same person": the row is this known person; their return with the group is added. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow sameAs(UUID groupId, UUID rowId, int version, UUID personId) {
        ManifestRow row = pending(groupId, rowId, version);
        // What tonight's list says (a new phone, a commune) completes the person, in this transaction.
        persons.completeWith(personId, input(row), "manifest-row-" + row.id());
        if (!groups.isRegistered(groupId, personId)) {
            groups.registerReturn(groupId, personId);
        }
        return decide(row, ManifestRow.Status.LINKED, personId);
    }

    /** "New person": registered from the row, with their return. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow newPerson(UUID groupId, UUID rowId, int version) {
        ManifestRow row = pending(groupId, rowId, version);
        // Asked again now, as the system sees it: she may have been registered since the list was staged.
        Set<UUID> known = new HashSet<>();
        matching.allCandidates(matchRecord("row-" + row.row(), row)).forEach(c -> known.add(c.personId()));
        if (!visibility.hiddenAmong(known).isEmpty()) {
            throw new DomainException("manifest.row.reserved");
        }
        UUID personId = persons.register(input(row), Optional.of("manifest-row-" + row.id())).person().id();
        groups.registerReturn(groupId, personId);
        return decide(row, ManifestRow.Status.NEW_PERSON, personId);
    }

    /** The person as the row describes them, as a form would send it. */
    private static PersonInput input(ManifestRow row) {
        return new PersonInput(row.familyName(), row.givenNames(), null, row.sex(),
                row.birthDate() == null ? null : row.birthDate().toString(), row.birthPrecision(), row.fatherGivenName(),
                row.motherName(), row.originRegion(), row.originCommune(), null, row.phone(), null, null,
                row.documentNumber(), List.of(), List.of(), null, null, List.of(), row.externalRef(), false, null);
    }

    /** "Same as row n": the row repeats another row of the manifest, already decided. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow sameAsRow(UUID groupId, UUID rowId, int version, int otherRow) {
        ManifestRow row = pending(groupId, rowId, version);
        ManifestRow other = systemRows(groupId).stream().filter(r -> r.row() == otherRow && r.row() != row.row()).findFirst()
                .orElseThrow(() -> InvalidInputException.of("row", "manifest.row.unknown", otherRow));
        if (other.personId() == null) {
            throw InvalidInputException.of("row", "manifest.row.undecided", otherRow);
        }
        return decide(row, ManifestRow.Status.DUPLICATE, other.personId());
    }

    /** Rows confident enough to link after a glance: one MATCH candidate, and no other row like them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<ManifestRow> confident(UUID groupId) {
        return rows(groupId).stream().filter(ManifestRow::confident).toList();
    }

    /** Links every confident row to its match; returns how many. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public int acceptConfident(UUID groupId) {
        List<ManifestRow> confident = confident(groupId);
        for (ManifestRow row : confident) {
            sameAs(groupId, row.id(), row.version(), row.candidates().get(0).personId());
        }
        return confident.size();
    }

    /**
     * Registers, as new persons with the group's return, the undecided rows that have no candidate
     * as the system sees them (whatever the caller may see: a protected person is never registered
     * twice), no row like them and no error; returns how many. A second call registers nothing new.
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public int registerNew(UUID groupId) {
        groups.find(groupId);
        int registered = 0;
        for (ManifestRow row : systemRows(groupId)) {
            boolean nobodyKnown = row.status() == ManifestRow.Status.PENDING && row.candidates().isEmpty()
                    && row.sameAsRow() == null && row.errors().isEmpty()
                    && matching.allCandidates(matchRecord("row-" + row.row(), row)).isEmpty();
            if (nobodyKnown) {
                newPerson(groupId, row.id(), row.version());
                registered++;
            }
        }
        return registered;
    }

    /**
     * The row, claimed for this decision before anything else is written: a second reviewer's
     * claim waits for the first decision to commit, then finds the version moved on (409), rather
     * than tripping over the return the first one added.
     */
    private ManifestRow pending(UUID groupId, UUID rowId, int version) {
        ManifestRow row = systemRow(groupId, rowId);
        if (row.status() != ManifestRow.Status.PENDING || row.version() != version) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, row(groupId, rowId));
        }
        if (row(groupId, rowId).reserved()) {
            throw new DomainException("manifest.row.reserved");
        }
        int claimed = jdbc.sql("UPDATE manifest_row SET version = version + 1 WHERE id = :id AND version = :version AND status = 'PENDING'")
                .param("id", rowId).param("version", version).update();
        if (claimed == 0) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, row(groupId, rowId));
        }
        return row;
    }

    private ManifestRow decide(ManifestRow row, ManifestRow.Status status, UUID personId) {
        jdbc.sql("UPDATE manifest_row SET status = :status, person_id = :person, decided_by = :by, decided_at = :at WHERE id = :id")
                .param("status", status.name()).param("person", personId).param("by", CurrentUser.name())
                .param("at", OffsetDateTime.now(clock)).param("id", row.id()).update();
        audit.record("DECIDE", "MANIFEST_ROW", row.id().toString(), null, status + " person=" + personId);
        return row(row.groupId(), row.id());
    }

    private ManifestRow read(UUID groupId, TabularRow row, HeaderMapping mapping, int offset) {
        List<String> errors = new ArrayList<>();
        for (ImportError error : row.errors()) {
            errors.add(problems.message(error.code(), error.arguments().toArray()));
        }
        String family = text(mapping, row, ImportField.FAMILY_NAME, 100, errors);
        String given = text(mapping, row, ImportField.GIVEN_NAMES, 200, errors);
        if (family == null && given == null) {
            NameNormaliser.WrittenName written = NameNormaliser.standard().splitWritten(text(mapping, row, ImportField.FULL_NAME, 300, errors));
            family = written.familyName();
            given = written.givenNames();
        }
        String sex = parsed(new SexParser().parse(cell(mapping, row, ImportField.SEX)), errors);
        BirthDate birth = parsed(new BirthDateParser(clock).parse(cell(mapping, row, ImportField.BIRTH_DATE)), errors);
        PhoneNumber phone = parsed(new PhoneParser().parse(cell(mapping, row, ImportField.PHONE)), errors);
        if (family == null && given == null) {
            errors.add(problems.message("manifest.name.required"));
        } else if (Folding.fold(family).isEmpty() && Folding.fold(given).isEmpty()) {
            // Names in Arabic script cannot be compared with the registry's Latin spellings.
            errors.add(problems.message("manifest.name.latin-required"));
        }
        return new ManifestRow(Ids.newId(), groupId, offset + row.number(), family, given, sex,
                birth == null ? null : birth.date(), birth == null ? null : birth.precision().name(),
                text(mapping, row, ImportField.FATHER_GIVEN_NAME, 100, errors), text(mapping, row, ImportField.MOTHER_NAME, 200, errors),
                text(mapping, row, ImportField.ORIGIN_REGION, 100, errors), text(mapping, row, ImportField.ORIGIN_COMMUNE, 100, errors),
                phone == null ? null : phone.e164(), text(mapping, row, ImportField.DOCUMENT_NUMBER, 60, errors),
                text(mapping, row, ImportField.EXTERNAL_REF, 100, errors), errors, null, null,
                errors.isEmpty() ? ManifestRow.Status.PENDING : ManifestRow.Status.INVALID, null, null, 0, List.of(), false);
    }

    private MatchRecord matchRecord(String id, ManifestRow r) {
        MatchRecord.Builder builder = MatchRecord.builder(id).name(r.familyName(), r.givenNames())
                .father(r.fatherGivenName()).mother(r.motherName()).origin(r.originRegion(), r.originCommune(), null)
                .phone(r.phone()).document(r.documentNumber());
        if (r.sex() != null) {
            builder.sex(r.sex());
        }
        if (r.birthDate() != null) {
            builder.born(r.birthDate(), r.birthPrecision());
        }
        return builder.build();
    }

    /** Points each row to an earlier row of the same manifest that may be the same person. */
    private List<ManifestRow> withSameRows(List<ManifestRow> rows) {
        MatchIndex manifest = new MatchIndex();
        matching.sample(BACKGROUND).forEach(manifest::add);
        Map<String, ManifestRow> byId = new HashMap<>();
        for (ManifestRow row : rows) {
            if (row.status() == ManifestRow.Status.PENDING) {
                manifest.add(matchRecord("row-" + row.row(), row));
                byId.put("row-" + row.row(), row);
            }
        }
        List<ManifestRow> result = new ArrayList<>();
        for (ManifestRow row : rows) {
            Integer same = null;
            if (row.status() == ManifestRow.Status.PENDING) {
                same = rows.stream().filter(other -> other.row() < row.row() && typedTwice(other, row))
                        .map(ManifestRow::row).findFirst()
                        .orElseGet(() -> manifest.query(matchRecord("row-" + row.row(), row)).stream()
                                .filter(c -> c.verdict() != Verdict.NONE)
                                .map(c -> byId.get(c.recordId()))
                                .filter(other -> other != null && other.row() < row.row())
                                .map(ManifestRow::row).findFirst().orElse(null));
            }
            result.add(copy(row, same, null, List.of()));
        }
        return result;
    }

    /** The same words in the names, the same sex and date: the same row entered twice. */
    private static boolean typedTwice(ManifestRow a, ManifestRow b) {
        return a.status() == ManifestRow.Status.PENDING
                && sortedWords(a).equals(sortedWords(b))
                && java.util.Objects.equals(a.sex(), b.sex()) && java.util.Objects.equals(a.birthDate(), b.birthDate());
    }

    private static List<String> sortedWords(ManifestRow row) {
        return java.util.Arrays.stream((Folding.fold(row.familyName()) + " " + Folding.fold(row.givenNames())).split(" "))
                .filter(w -> !w.isEmpty()).sorted().toList();
    }

    private ManifestRow withCandidates(ManifestRow row) {
        if (row.status() != ManifestRow.Status.PENDING) {
            return row;
        }
        List<ManifestRow.StagedCandidate> found = matching.allCandidates(matchRecord("row-" + row.row(), row)).stream()
                .limit(CANDIDATES_KEPT)
                .map(c -> new ManifestRow.StagedCandidate(c.personId(), c.fileNumber(), c.externalRef(), round(c.score()),
                        c.verdict().name(), explain(c.evidence())))
                .toList();
        String best = found.isEmpty() ? null : found.get(0).verdict();
        return copy(row, row.sameAsRow(), best, found);
    }

    private static String explain(List<org.sira.matching.FieldEvidence> evidence) {
        return org.sira.matching.Explanation.write(evidence, 2000);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static ManifestRow copy(ManifestRow r, Integer sameAsRow, String best, List<ManifestRow.StagedCandidate> candidates) {
        return new ManifestRow(r.id(), r.groupId(), r.row(), r.familyName(), r.givenNames(), r.sex(), r.birthDate(),
                r.birthPrecision(), r.fatherGivenName(), r.motherName(), r.originRegion(), r.originCommune(), r.phone(),
                r.documentNumber(), r.externalRef(), r.errors(), sameAsRow, best, r.status(), r.personId(), r.decidedBy(),
                r.version(), candidates, r.withheld());
    }

    private void insert(ManifestRow r) {
        jdbc.sql("""
                INSERT INTO manifest_row (id, group_id, row_number, family_name, given_names, sex, birth_date, birth_precision,
                    father_given_name, mother_name, origin_region, origin_commune, phone, document_number, external_ref,
                    errors, same_as_row, best_verdict, status, staged_at, version)
                VALUES (:id, :group, :row, :family, :given, :sex, :birth, :precision, :father, :mother, :region, :commune,
                    :phone, :document, :ref, :errors, :same, :best, :status, :at, 0)""")
                .param("id", r.id()).param("group", r.groupId()).param("row", r.row()).param("family", r.familyName())
                .param("given", r.givenNames()).param("sex", r.sex()).param("birth", r.birthDate())
                .param("precision", r.birthPrecision()).param("father", r.fatherGivenName()).param("mother", r.motherName())
                .param("region", r.originRegion()).param("commune", r.originCommune()).param("phone", r.phone())
                .param("document", r.documentNumber()).param("ref", r.externalRef())
                .param("errors", r.errors().isEmpty() ? null : clip(String.join("\n", r.errors()), 2000))
                .param("same", r.sameAsRow()).param("best", r.bestVerdict()).param("status", r.status().name())
                .param("at", OffsetDateTime.now(clock)).update();
        int rank = 0;
        for (ManifestRow.StagedCandidate c : r.candidates()) {
            jdbc.sql("""
                    INSERT INTO manifest_candidate (row_id, candidate_rank, person_id, score, verdict, evidence)
                    VALUES (:row, :rank, :person, :score, :verdict, :evidence)""")
                    .param("row", r.id()).param("rank", rank++).param("person", c.personId()).param("score", c.score())
                    .param("verdict", c.verdict()).param("evidence", c.evidence()).update();
        }
    }

    private static ManifestRow row(ResultSet rs, Map<UUID, List<ManifestRow.StagedCandidate>> candidates) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String errors = rs.getString("errors");
        return new ManifestRow(id, rs.getObject("group_id", UUID.class), rs.getInt("row_number"), rs.getString("family_name"),
                rs.getString("given_names"), rs.getString("sex"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("birth_precision"), rs.getString("father_given_name"), rs.getString("mother_name"),
                rs.getString("origin_region"), rs.getString("origin_commune"), rs.getString("phone"),
                rs.getString("document_number"), rs.getString("external_ref"),
                errors == null ? List.of() : List.of(errors.split("\n")), (Integer) rs.getObject("same_as_row"),
                rs.getString("best_verdict"), ManifestRow.Status.valueOf(rs.getString("status")),
                rs.getObject("person_id", UUID.class), rs.getString("decided_by"), rs.getInt("version"),
                candidates.getOrDefault(id, List.of()).stream()
                        .sorted(Comparator.comparingDouble(ManifestRow.StagedCandidate::score).reversed()).toList(), false);
    }

    private String text(HeaderMapping mapping, TabularRow row, ImportField field, int max, List<String> errors) {
        String text = mapping.text(row, field).map(Folding::collapseSpaces).orElse(null);
        if (text != null && text.length() > max) {
            errors.add(problems.message("validation.Size", max, 0));
            return text.substring(0, max);
        }
        return text;
    }

    private static String cell(HeaderMapping mapping, TabularRow row, ImportField field) {
        return mapping.text(row, field).orElse("");
    }

    private <T> T parsed(Parsed<T> parsed, List<String> errors) {
        parsed.errorCode().ifPresent(code -> errors.add(problems.message(code, parsed.arguments().toArray())));
        return parsed.value().orElse(null);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
