package org.sira.arrivals.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.sira.arrivals.internal.ManifestPreview;
import org.sira.arrivals.internal.ListedPerson;
import org.sira.arrivals.internal.ManifestRow;
import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;
import org.sira.people.Sex;
import org.sira.people.PersonInput;
import org.sira.people.PersonInputReader;
import org.sira.people.cells.PersonRowReader;
import org.sira.people.cells.RefusedRow;
import org.sira.people.cells.RowProblem;
import org.sira.people.cells.RowReading;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.tabular.ColumnSample;
import org.sira.tabular.HeaderColumn;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.ImportField;
import org.sira.tabular.TabularFile;
import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularRow;
import org.springframework.stereotype.Component;

/**
 * Reads a manifest file into staged rows, by the rules of the returns import ({@link PersonRowReader}):
 * a row that breaks one is staged all the same, as {@code INVALID} with its problems as codes and
 * arguments, so that the list shows what the authorities handed over.
 */
@Component
public class ManifestReading {

    public static final int MAX_ROWS = 2_000;
    /** The person fields a manifest carries, in the order pages offer them. */
    public static final List<ImportField> FIELDS = List.of(ImportField.FAMILY_NAME, ImportField.GIVEN_NAMES, ImportField.FULL_NAME,
            ImportField.SEX, ImportField.BIRTH_DATE, ImportField.FATHER_GIVEN_NAME, ImportField.MOTHER_NAME,
            ImportField.ORIGIN_REGION, ImportField.ORIGIN_COMMUNE, ImportField.PHONE, ImportField.DOCUMENT_NUMBER,
            ImportField.EXTERNAL_REF);
    /** Three values are enough to tell a name from a date or a phone number. */
    private static final int SAMPLE_ROWS = 3;

    private final PersonInputReader persons;
    private final Clock clock;

    ManifestReading(PersonInputReader persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    /** The file's columns, the field recognised for each, and whether a person must say what they hold. */
    public ManifestPreview preview(Path file) {
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
            // The list's own numbering is read as the rows' numbers, not a column to ask about.
            boolean unknownColumns = recognised.unknown().stream().anyMatch(c -> !numbering(c.heading()));
            boolean needsMapping = unknownColumns || unheaded || !hasName(recognised);
            return new ManifestPreview(columns, proposed, needsMapping);
        } catch (TabularFileException e) {
            throw refused(e);
        }
    }

    /**
     * Every row of the file as a staged row numbered after {@code offset}, or none when the file
     * cannot be read, names nobody or is longer than {@link #MAX_ROWS}.
     */
    public List<ManifestRow> rows(UUID groupId, Path file, Function<List<String>, HeaderMapping> columns,
                                  boolean firstRowIsData, int offset) {
        List<ManifestRow> rows = new ArrayList<>();
        try (TabularFile table = TabularFile.open(file)) {
            HeaderMapping mapping = manifestColumns(columns.apply(table.header()));
            if (!hasName(mapping)) {
                throw InvalidInputException.of("file", "import.header.missing", ImportField.FAMILY_NAME.frenchHeader(),
                        ImportField.FAMILY_NAME.englishHeader());
            }
            PersonRowReader reader = new PersonRowReader(mapping, persons, clock);
            if (firstRowIsData) {
                rows.add(read(groupId, reader.read(new TabularRow(table.headerRowNumber(), table.header(), List.of())), offset));
            }
            int numberColumn = firstRowIsData ? -1 : numberingColumn(table.header());
            List<Integer> listed = new ArrayList<>();
            Iterator<TabularRow> iterator = table.iterator();
            while (iterator.hasNext()) {
                TabularRow row = iterator.next();
                if (rows.size() == MAX_ROWS) {
                    throw InvalidInputException.of("file", "manifest.too-many-rows", MAX_ROWS);
                }
                rows.add(read(groupId, reader.read(row), offset));
                listed.add(numberColumn < 0 || numberColumn >= row.cells().size() ? null : positive(row.cells().get(numberColumn)));
            }
            if (numberColumn >= 0 && !listed.contains(null) && new java.util.HashSet<>(listed).size() == listed.size()) {
                // "Ligne N" is the list's own N° when every row has its own; else the row as the spreadsheet shows it.
                for (int i = 0; i < rows.size(); i++) {
                    rows.set(i, rows.get(i).renumbered(offset + listed.get(i)));
                }
            }
        } catch (TabularFileException e) {
            throw refused(e);
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "import.file.noRows");
        }
        return rows;
    }

    /** A heading such as "N°", "No", "Num." or "Numéro": the list's own numbering of its rows. */
    static boolean numbering(String heading) {
        String folded = Folding.fold(heading).replace(" ", "");
        return List.of("n", "no", "nr", "num", "numero", "numeros", "number").contains(folded) || "#".equals(heading == null ? null : heading.strip());
    }

    private static int numberingColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (numbering(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Integer positive(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        try {
            int n = Integer.parseInt(text);
            return n > 0 && n <= 100_000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static boolean hasName(HeaderMapping mapping) {
        return mapping.has(ImportField.FAMILY_NAME) || mapping.has(ImportField.GIVEN_NAMES) || mapping.has(ImportField.FULL_NAME);
    }

    /** Only the person columns: the return columns a returns file would have are not a manifest's to read. */
    private static HeaderMapping manifestColumns(HeaderMapping mapping) {
        Map<ImportField, HeaderColumn> person = new EnumMap<>(ImportField.class);
        mapping.columns().forEach((field, column) -> {
            if (FIELDS.contains(field)) {
                person.put(field, column);
            }
        });
        return new HeaderMapping(person, mapping.unknown(), mapping.duplicates());
    }

    private static ManifestRow read(UUID groupId, RowReading<PersonRowReader.PersonRow> reading, int offset) {
        PersonInput w = reading.written();
        List<FieldError> errors = reading instanceof RefusedRow<PersonRowReader.PersonRow> refused
                ? refused.problems().stream().map(ManifestReading::error).toList() : List.of();
        ListedPerson person = new ListedPerson(clip("familyName", w.familyName()), clip("givenNames", w.givenNames()),
                w.sex() == null ? null : Sex.valueOf(w.sex()),
                w.birthDate() == null ? null : new BirthDate(LocalDate.parse(w.birthDate()),
                        w.birthDatePrecision() == null ? DatePrecision.DAY : DatePrecision.valueOf(w.birthDatePrecision())),
                clip("fatherGivenName", w.fatherGivenName()), clip("motherName", w.motherName()),
                clip("originRegion", w.originRegion()), clip("originCommune", w.originCommune()), w.phone(),
                clip("documentNumber", w.documentNumber()), clip("externalRef", w.externalRef()));
        return ManifestRow.staged(groupId, offset + reading.number(), person, errors);
    }

    private static FieldError error(RowProblem problem) {
        return new FieldError(problem.field() == null ? "row" : problem.field().name(), problem.code(), problem.arguments().toArray());
    }

    /** The text as a staged row can hold it: a row refused for a name too long still shows the name's start. */
    private static String clip(String field, String text) {
        if (text == null) {
            return null;
        }
        String collapsed = Folding.collapseSpaces(text);
        int max = PersonInputReader.maxLength(field);
        return collapsed.length() > max ? collapsed.substring(0, max) : collapsed;
    }

    private static InvalidInputException refused(TabularFileException e) {
        return new InvalidInputException(List.of(new FieldError("file", e.code(), e.arguments().toArray())));
    }
}
