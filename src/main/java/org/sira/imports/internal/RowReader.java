package org.sira.imports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnInput;
import org.sira.arrivals.ReturnInputReader;
import org.sira.arrivals.ReturnKind;
import org.sira.tabular.ArrivalDateParser;
import org.sira.tabular.BirthDateParser;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.ImportError;
import org.sira.tabular.ImportField;
import org.sira.tabular.Parsed;
import org.sira.tabular.PhoneParser;
import org.sira.imports.internal.ReturnKindParser;
import org.sira.tabular.SexParser;
import org.sira.tabular.SpreadsheetErrors;
import org.sira.tabular.TabularRow;
import org.sira.matching.NameNormaliser;
import org.sira.people.BirthDate;
import org.sira.people.PersonDetails;
import org.sira.people.PersonInput;
import org.sira.people.PersonInputReader;
import org.sira.people.PhoneNumber;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;

/**
 * Turns one row of a spreadsheet into a checked person (and return), with the same rules as the
 * forms: the cell parsers understand the ways people write values in spreadsheets, then the
 * person's and the return's own readers decide.
 */
public final class RowReader {

    /** API field names of the person and return readers, and the import column each comes from. */
    private static final Map<String, ImportField> FIELDS = Map.ofEntries(
            Map.entry("familyName", ImportField.FAMILY_NAME), Map.entry("givenNames", ImportField.GIVEN_NAMES),
            Map.entry("fullName", ImportField.FULL_NAME),
            Map.entry("sex", ImportField.SEX), Map.entry("birthDate", ImportField.BIRTH_DATE),
            Map.entry("birthDatePrecision", ImportField.BIRTH_DATE),
            Map.entry("fatherGivenName", ImportField.FATHER_GIVEN_NAME), Map.entry("motherName", ImportField.MOTHER_NAME),
            Map.entry("originCommune", ImportField.ORIGIN_COMMUNE), Map.entry("originRegion", ImportField.ORIGIN_REGION),
            Map.entry("phone", ImportField.PHONE), Map.entry("documentNumber", ImportField.DOCUMENT_NUMBER),
            Map.entry("externalRef", ImportField.EXTERNAL_REF), Map.entry("returnKind", ImportField.RETURN_KIND),
            Map.entry("countryFrom", ImportField.COUNTRY_FROM), Map.entry("arrivalDate", ImportField.ARRIVAL_DATE),
            Map.entry("arrivalPoint", ImportField.ARRIVAL_POINT));

    /**
     * A row that passed every check. {@code identity}: how this row names its person, the caller's
     * reference or else the fingerprint of who they are; {@code familyNameKey}, {@code givenNamesKey}:
     * hashes of the names without case or accents (0 when not given), to tell whether two rows of one
     * reference name the same person. Made once, on the reading thread: the writing thread is the busy one.
     */
    public record ReadRow(int number, PersonDetails person, String externalRef, String sourceKey,
                          PersonReturn.ReturnDetails personReturn, String identity, int familyNameKey, int givenNamesKey,
                          boolean referenceSaidNone) {

        ReadRow(int number, PersonDetails person, String externalRef, String sourceKey, PersonReturn.ReturnDetails personReturn,
                boolean referenceSaidNone) {
            this(number, person, externalRef, sourceKey, personReturn,
                    externalRef != null ? "ref:" + externalRef : "key:" + sourceKey,
                    nameKey(person.familyName()), nameKey(person.givenNames()), referenceSaidNone);
        }

        private static int nameKey(String name) {
            int hash = name == null ? 0 : Folding.fold(name).hashCode();
            return name != null && hash == 0 ? 1 : hash;
        }
    }

    /**
     * What people write in a reference column when a row has none ("N/A", "-", "néant"…), folded.
     * Taken as references, they would make every such row one person.
     */
    private static final Set<String> NO_REFERENCE = Set.of("", "na", "n a", "n d", "nd", "none", "null", "nil", "nan", "0",
            "neant", "inconnu", "inconnue", "aucun", "aucune", "pas de reference", "sans", "sans reference", "unknown", "x", "xx", "xxx");

    /** One problem of a row, in the column it was found. */
    public record RowProblem(ImportField field, String column, String code, Object[] arguments) {
    }

    private final HeaderMapping mapping;
    private final boolean returns;
    private final PersonInputReader persons;
    private final ReturnInputReader returnReader;
    private final SexParser sexParser = new SexParser();
    private final BirthDateParser birthDateParser;
    private final ArrivalDateParser arrivalDateParser;
    private final PhoneParser phoneParser = new PhoneParser();
    private final ReturnKindParser kindParser = new ReturnKindParser();

    public RowReader(HeaderMapping mapping, boolean returns, PersonInputReader persons, ReturnInputReader returnReader,
                     Clock clock) {
        this.mapping = mapping;
        this.returns = returns;
        this.persons = persons;
        this.returnReader = returnReader;
        this.birthDateParser = new BirthDateParser(clock);
        this.arrivalDateParser = new ArrivalDateParser(clock);
    }

    /** The checked row, or the list of its problems. */
    public Object read(TabularRow row) {
        List<RowProblem> problems = new ArrayList<>();
        for (ImportError error : row.errors()) {
            ImportField field = mapping.columns().entrySet().stream().filter(c -> c.getValue().heading().equals(error.column()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            // A cell of a column the import ignores, or values past the last column Sira reads: not
            // this row's problem (the import says once for the file that they are ignored).
            if (field != null) {
                problems.add(new RowProblem(field, error.column(), error.code(), error.arguments().toArray()));
            }
        }
        Set<ImportField> failedFormulas = EnumSet.noneOf(ImportField.class);
        mapping.columns().forEach((field, column) -> {
            if (SpreadsheetErrors.isError(row.cell(column.index()))) {
                failedFormulas.add(field);
                problems.add(new RowProblem(field, column.heading(), "import.cell.spreadsheetError", new Object[] {cell(row, field)}));
            }
        });
        String sex = parsed(row, ImportField.SEX, sexParser.parse(cell(row, ImportField.SEX)), problems);
        BirthDate birth = parsed(row, ImportField.BIRTH_DATE, birthDateParser.parse(cell(row, ImportField.BIRTH_DATE)), problems);
        PhoneNumber phone = parsed(row, ImportField.PHONE, phoneParser.parse(cell(row, ImportField.PHONE)), problems);
        String family = text(row, ImportField.FAMILY_NAME);
        String given = text(row, ImportField.GIVEN_NAMES);
        if (family == null && given == null) {
            NameNormaliser.WrittenName written = NameNormaliser.standard().splitWritten(text(row, ImportField.FULL_NAME));
            family = written.familyName();
            given = written.givenNames();
        }
        String reference = text(row, ImportField.EXTERNAL_REF);
        boolean referenceSaidNone = reference != null && NO_REFERENCE.contains(Folding.fold(reference));
        if (referenceSaidNone) {
            reference = null;
        }
        PersonInput input = new PersonInput(family, given, null,
                sex, birth == null ? null : birth.date().toString(), birth == null ? null : birth.precision().name(),
                text(row, ImportField.FATHER_GIVEN_NAME), text(row, ImportField.MOTHER_NAME),
                text(row, ImportField.ORIGIN_REGION), text(row, ImportField.ORIGIN_COMMUNE), null,
                phone == null ? null : phone.e164(), null, null, text(row, ImportField.DOCUMENT_NUMBER), List.of(), List.of(),
                null, null, List.of(), reference, false, null);
        PersonDetails person = null;
        try {
            person = persons.read(input);
        } catch (InvalidInputException e) {
            // A cell already refused as a cell (far too long…) is reported once, as such.
            e.errors().stream().map(this::problem)
                    .filter(p -> p.field() == null || problems.stream().noneMatch(q -> q.field() == p.field()))
                    .forEach(problems::add);
        }
        PersonReturn.ReturnDetails personReturn = null;
        if (returns) {
            ReturnKind kind = parsed(row, ImportField.RETURN_KIND, kindParser.parse(cell(row, ImportField.RETURN_KIND)), problems);
            LocalDate arrival = parsed(row, ImportField.ARRIVAL_DATE, arrivalDateParser.parse(cell(row, ImportField.ARRIVAL_DATE)), problems);
            boolean cellsOk = (kind != null || cell(row, ImportField.RETURN_KIND).isBlank())
                    && (arrival != null || cell(row, ImportField.ARRIVAL_DATE).isBlank());
            try {
                PersonReturn.ReturnDetails read = returnReader.read(new ReturnInput(kind == null ? null : kind.name(),
                        text(row, ImportField.COUNTRY_FROM), null, null, null, arrival == null ? null : arrival.toString(),
                        text(row, ImportField.ARRIVAL_POINT), null, null, null, null, null, null, null));
                personReturn = cellsOk ? read : null;
            } catch (InvalidInputException e) {
                // A cell the parser already refused is reported once, by the parser.
                e.errors().stream().map(this::problem)
                        .filter(p -> problems.stream().noneMatch(q -> q.field() == p.field()))
                        .forEach(problems::add);
            }
        }
        if (birth != null && personReturn != null && birth.date().isAfter(personReturn.arrivalDate())) {
            problems.add(new RowProblem(ImportField.BIRTH_DATE, mapping.column(ImportField.BIRTH_DATE).map(c -> c.heading()).orElse(null),
                    "import.date.bornAfterArrival", new Object[] {cell(row, ImportField.BIRTH_DATE), cell(row, ImportField.ARRIVAL_DATE)}));
        }
        if (!problems.isEmpty()) {
            // A failed formula is the one thing to say about its cell: "unknown country: #N/A" would add nothing.
            problems.removeIf(p -> failedFormulas.contains(p.field()) && !p.code().equals("import.cell.spreadsheetError"));
            return problems;
        }
        String ref = person.externalRef();
        return new ReadRow(row.number(), person, ref, ref == null ? fingerprint(person) : null, personReturn, referenceSaidNone);
    }

    /** Who a person is, as far as a file without references can tell: the same row imported twice gives the same key. */
    static String fingerprint(PersonDetails p) {
        String identity = String.join("|", Folding.fold(p.familyName()), Folding.fold(p.givenNames()),
                String.valueOf(p.sex()), p.birthDate() == null ? "" : p.birthDate().date() + p.birthDate().precision().name(),
                Folding.fold(p.fatherGivenName()), Folding.fold(p.motherName()),
                String.valueOf(p.origin().communeCode()), Folding.fold(p.origin().communeText()),
                String.valueOf(p.origin().regionCode()), Folding.fold(p.origin().regionText()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private RowProblem problem(FieldError error) {
        ImportField field = FIELDS.get(error.field());
        String column = field == null ? null : mapping.column(field).map(c -> c.heading()).orElse(field.englishHeader());
        return new RowProblem(field, column, error.messageKey(), error.arguments());
    }

    private <T> T parsed(TabularRow row, ImportField field, Parsed<T> parsed, List<RowProblem> problems) {
        if (parsed.isInvalid()) {
            String column = mapping.column(field).map(c -> c.heading()).orElse(field.englishHeader());
            problems.add(new RowProblem(field, column, parsed.errorCode().orElseThrow(), parsed.arguments().toArray()));
        }
        return parsed.value().orElse(null);
    }

    private String cell(TabularRow row, ImportField field) {
        return mapping.text(row, field).orElse("");
    }

    private String text(TabularRow row, ImportField field) {
        Optional<String> text = mapping.text(row, field);
        return text.orElse(null);
    }
}
