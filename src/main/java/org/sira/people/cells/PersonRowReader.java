package org.sira.people.cells;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sira.matching.NameNormaliser;
import org.sira.people.BirthDate;
import org.sira.people.PersonDetails;
import org.sira.people.PersonInput;
import org.sira.people.PersonInputReader;
import org.sira.people.PhoneNumber;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.ImportError;
import org.sira.tabular.ImportField;
import org.sira.tabular.Parsed;
import org.sira.tabular.SpreadsheetErrors;
import org.sira.tabular.TabularRow;

/**
 * Reads the person a row of a spreadsheet describes, for the imports and the manifests alike: the
 * cell parsers understand the ways registers write sex, dates and phones, then the person form's own
 * reader ({@link PersonInputReader}) checks the whole with its limits, and a name must be written
 * in Latin letters to be compared with the registry.
 */
public final class PersonRowReader {

    /** Names in Arabic script (or any other) cannot be compared with the registry's Latin spellings. */
    public static final String LATIN_REQUIRED = "manifest.name.latin-required";
    public static final String SPREADSHEET_ERROR = "import.cell.spreadsheetError";

    /** API field names of the person reader, and the column each comes from. */
    private static final Map<String, ImportField> FIELDS = Map.ofEntries(
            Map.entry("familyName", ImportField.FAMILY_NAME), Map.entry("givenNames", ImportField.GIVEN_NAMES),
            Map.entry("fullName", ImportField.FULL_NAME),
            Map.entry("sex", ImportField.SEX), Map.entry("birthDate", ImportField.BIRTH_DATE),
            Map.entry("birthDatePrecision", ImportField.BIRTH_DATE),
            Map.entry("fatherGivenName", ImportField.FATHER_GIVEN_NAME), Map.entry("motherName", ImportField.MOTHER_NAME),
            Map.entry("originCommune", ImportField.ORIGIN_COMMUNE), Map.entry("originRegion", ImportField.ORIGIN_REGION),
            Map.entry("phone", ImportField.PHONE), Map.entry("documentNumber", ImportField.DOCUMENT_NUMBER),
            Map.entry("externalRef", ImportField.EXTERNAL_REF));

    /**
     * What people write in a reference column when a row has none ("N/A", "-", "néant"…), folded.
     * Taken as references, they would make every such row one person.
     */
    private static final Set<String> NO_REFERENCE = Set.of("", "na", "n a", "n d", "nd", "none", "null", "nil", "nan", "0",
            "neant", "inconnu", "inconnue", "aucun", "aucune", "pas de reference", "sans", "sans reference", "unknown", "x", "xx", "xxx");

    /**
     * The person of an accepted row. {@code referenceSaidNone}: the reference cell said there is none
     * ("N/A"…), so the row is read without one.
     */
    public record PersonRow(PersonDetails person, BirthDate birth, boolean referenceSaidNone) {
    }

    private final HeaderMapping mapping;
    private final PersonInputReader persons;
    private final SexParser sexParser = new SexParser();
    private final BirthDateParser birthDateParser;
    private final PhoneParser phoneParser = new PhoneParser();

    /** {@code mapping}: where each field is; a problem of a column it does not map is not the row's. */
    public PersonRowReader(HeaderMapping mapping, PersonInputReader persons, Clock clock) {
        this.mapping = mapping;
        this.persons = persons;
        this.birthDateParser = new BirthDateParser(clock);
    }

    public RowReading<PersonRow> read(TabularRow row) {
        List<RowProblem> problems = new ArrayList<>();
        for (ImportError error : row.errors()) {
            // A cell of a column Sira ignores, or values past the last column it reads: not this row's
            // problem (the import says once for the file that they are ignored).
            mapping.columns().entrySet().stream().filter(c -> c.getValue().heading().equals(error.column()))
                    .map(Map.Entry::getKey).findFirst()
                    .ifPresent(field -> problems.add(new RowProblem(field, error.column(), error.code(), error.arguments().toArray())));
        }
        mapping.columns().forEach((field, column) -> {
            if (SpreadsheetErrors.isError(row.cell(column.index()))) {
                problems.add(new RowProblem(field, column.heading(), SPREADSHEET_ERROR, cell(row, field)));
            }
        });
        String sex = parsed(ImportField.SEX, sexParser.parse(cell(row, ImportField.SEX)), problems);
        BirthDate birth = parsed(ImportField.BIRTH_DATE, birthDateParser.parse(cell(row, ImportField.BIRTH_DATE)), problems);
        PhoneNumber phone = parsed(ImportField.PHONE, phoneParser.parse(cell(row, ImportField.PHONE)), problems);
        String family = text(row, ImportField.FAMILY_NAME);
        String given = text(row, ImportField.GIVEN_NAMES);
        if (family == null && given == null) {
            NameNormaliser.WrittenName written = NameNormaliser.standard().splitWritten(text(row, ImportField.FULL_NAME));
            family = written.familyName();
            given = written.givenNames();
        }
        String reference = text(row, ImportField.EXTERNAL_REF);
        boolean referenceSaidNone = reference != null && NO_REFERENCE.contains(Folding.fold(reference));
        PersonInput input = new PersonInput(family, given, null,
                sex, birth == null ? null : birth.date().toString(), birth == null ? null : birth.precision().name(),
                text(row, ImportField.FATHER_GIVEN_NAME), text(row, ImportField.MOTHER_NAME),
                text(row, ImportField.ORIGIN_REGION), text(row, ImportField.ORIGIN_COMMUNE), null,
                phone == null ? null : phone.e164(), null, null, text(row, ImportField.DOCUMENT_NUMBER), List.of(), List.of(),
                null, null, List.of(), referenceSaidNone ? null : reference, false, null);
        PersonDetails person = null;
        try {
            person = persons.read(input);
        } catch (InvalidInputException e) {
            // A cell already refused as a cell (far too long…) is reported once, as such.
            e.errors().stream().map(this::problem)
                    .filter(p -> p.field() == null || problems.stream().noneMatch(q -> q.field() == p.field()))
                    .forEach(problems::add);
        }
        if (person != null && !latin(person.familyName()) && !latin(person.givenNames())) {
            problems.add(new RowProblem(ImportField.FAMILY_NAME, heading(ImportField.FAMILY_NAME), LATIN_REQUIRED));
        }
        if (!problems.isEmpty()) {
            return new RefusedRow<>(row.number(), input, withoutEchoesOfFailedFormulas(problems));
        }
        return new AcceptedRow<>(row.number(), input, new PersonRow(person, birth, referenceSaidNone));
    }

    /**
     * A failed formula is the one thing to say about its cell: "unknown country: #N/A" would add
     * nothing. Also applied by readers that add problems of their own columns to a row.
     */
    public static List<RowProblem> withoutEchoesOfFailedFormulas(List<RowProblem> problems) {
        Set<ImportField> failed = new java.util.HashSet<>();
        problems.stream().filter(p -> p.code().equals(SPREADSHEET_ERROR)).forEach(p -> failed.add(p.field()));
        return problems.stream().filter(p -> !failed.contains(p.field()) || p.code().equals(SPREADSHEET_ERROR)).toList();
    }

    /** Whether a name has a letter or digit once its accents are gone; asked of every row, so plain ASCII answers first. */
    private static boolean latin(String name) {
        if (name == null) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return !Folding.fold(name).isEmpty();
    }

    /** The heading of a field's column in this file, or its English heading when the file has none. */
    public String heading(ImportField field) {
        return mapping.column(field).map(c -> c.heading()).orElse(field.englishHeader());
    }

    private RowProblem problem(FieldError error) {
        ImportField field = FIELDS.get(error.field());
        return new RowProblem(field, field == null ? null : heading(field), error.messageKey(), error.arguments());
    }

    private <T> T parsed(ImportField field, Parsed<T> parsed, List<RowProblem> problems) {
        if (parsed.isInvalid()) {
            problems.add(new RowProblem(field, heading(field), parsed.errorCode().orElseThrow(), parsed.arguments().toArray()));
        }
        return parsed.value().orElse(null);
    }

    private String cell(TabularRow row, ImportField field) {
        return mapping.text(row, field).orElse("");
    }

    private String text(TabularRow row, ImportField field) {
        return mapping.text(row, field).orElse(null);
    }
}
