package org.sira.arrivals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sira.arrivals.internal.ManifestRowStore;
import org.sira.matching.MatchIndex;
import org.sira.matching.Verdict;
import org.sira.matching.NameNormaliser;
import org.sira.people.BirthDate;
import org.sira.people.PersonMatching;
import org.sira.people.PersonVisibility;
import org.sira.people.PhoneNumber;
import org.sira.people.Sex;
import org.sira.security.AuditLog;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
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

    private final ManifestRowStore store;
    private final PersonMatching matching;
    private final ArrivalGroups groups;
    private final AuditLog audit;
    private final ProblemFactory problems;
    private final Clock clock;
    private final PersonVisibility visibility;

    Manifests(ManifestRowStore store, PersonMatching matching, ArrivalGroups groups, AuditLog audit,
              ProblemFactory problems, Clock clock, PersonVisibility visibility) {
        this.store = store;
        this.visibility = visibility;
        this.matching = matching;
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
            int next = store.lastRowNumber(groupId);
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
        staged.forEach(row -> store.insert(row, OffsetDateTime.now(clock)));
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
    List<ManifestRow> systemRows(UUID groupId) {
        return store.ofGroup(groupId);
    }

    ManifestRow systemRow(UUID groupId, UUID rowId) {
        return store.byId(rowId).stream().filter(r -> r.groupId().equals(groupId)).findFirst()
                .orElseThrow(() -> new NotFoundException("MANIFEST_ROW", rowId));
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
        ListedPerson person = new ListedPerson(family, given, sex == null ? null : Sex.valueOf(sex), birth,
                text(mapping, row, ImportField.FATHER_GIVEN_NAME, 100, errors), text(mapping, row, ImportField.MOTHER_NAME, 200, errors),
                text(mapping, row, ImportField.ORIGIN_REGION, 100, errors), text(mapping, row, ImportField.ORIGIN_COMMUNE, 100, errors),
                phone == null ? null : phone.e164(), text(mapping, row, ImportField.DOCUMENT_NUMBER, 60, errors),
                text(mapping, row, ImportField.EXTERNAL_REF, 100, errors));
        return ManifestRow.staged(groupId, offset + row.number(), person, errors);
    }

    /** Points each row to an earlier row of the same manifest that may be the same person. */
    private List<ManifestRow> withSameRows(List<ManifestRow> rows) {
        MatchIndex manifest = new MatchIndex();
        matching.sample(BACKGROUND).forEach(manifest::add);
        Map<String, ManifestRow> byId = new HashMap<>();
        for (ManifestRow row : rows) {
            if (row.status() == ManifestRow.Status.PENDING) {
                manifest.add(row.person().matchRecord("row-" + row.row()));
                byId.put("row-" + row.row(), row);
            }
        }
        List<ManifestRow> result = new ArrayList<>();
        for (ManifestRow row : rows) {
            Integer same = null;
            if (row.status() == ManifestRow.Status.PENDING) {
                same = rows.stream().filter(other -> other.row() < row.row() && typedTwice(other, row))
                        .map(ManifestRow::row).findFirst()
                        .orElseGet(() -> manifest.query(row.person().matchRecord("row-" + row.row())).stream()
                                .filter(c -> c.verdict() != Verdict.NONE)
                                .map(c -> byId.get(c.recordId()))
                                .filter(other -> other != null && other.row() < row.row())
                                .map(ManifestRow::row).findFirst().orElse(null));
            }
            result.add(row.withMatches(same, List.of()));
        }
        return result;
    }

    /** The same words in the names, the same sex and date: the same row entered twice. */
    private static boolean typedTwice(ManifestRow a, ManifestRow b) {
        return a.status() == ManifestRow.Status.PENDING
                && sortedWords(a).equals(sortedWords(b))
                && java.util.Objects.equals(a.person().sex(), b.person().sex())
                && java.util.Objects.equals(a.person().birthDate(), b.person().birthDate());
    }

    private static List<String> sortedWords(ManifestRow row) {
        return java.util.Arrays.stream((Folding.fold(row.person().familyName()) + " " + Folding.fold(row.person().givenNames())).split(" "))
                .filter(w -> !w.isEmpty()).sorted().toList();
    }

    private ManifestRow withCandidates(ManifestRow row) {
        if (row.status() != ManifestRow.Status.PENDING) {
            return row;
        }
        List<ManifestRow.StagedCandidate> found = matching.allCandidates(row.person().matchRecord("row-" + row.row())).stream()
                .limit(CANDIDATES_KEPT)
                .map(c -> new ManifestRow.StagedCandidate(c.personId(), c.fileNumber(), c.externalRef(), round(c.score()),
                        c.verdict(), explain(c.evidence())))
                .toList();
        return row.withMatches(row.sameAsRow(), found);
    }

    private static String explain(List<org.sira.matching.FieldEvidence> evidence) {
        String text = evidence.stream().map(Object::toString).collect(Collectors.joining("; "));
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
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
}
