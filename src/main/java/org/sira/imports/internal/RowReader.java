package org.sira.imports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnInput;
import org.sira.arrivals.ReturnInputReader;
import org.sira.arrivals.ReturnKind;
import org.sira.people.PersonDetails;
import org.sira.people.PersonInputReader;
import org.sira.people.cells.AcceptedRow;
import org.sira.people.cells.ArrivalDateParser;
import org.sira.people.cells.PersonRowReader;
import org.sira.people.cells.PersonRowReader.PersonRow;
import org.sira.people.cells.RefusedRow;
import org.sira.people.cells.RowProblem;
import org.sira.people.cells.RowReading;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.ImportField;
import org.sira.tabular.Parsed;
import org.sira.tabular.TabularRow;

/**
 * Turns one row of a spreadsheet into a checked person (and return), with the same rules as the
 * forms and the manifests: the person as {@link PersonRowReader} reads them, then the return's
 * cells and the return's own reader.
 */
public final class RowReader {

    /** API field names of the return reader, and the import column each comes from. */
    private static final Map<String, ImportField> RETURN_FIELDS = Map.of(
            "returnKind", ImportField.RETURN_KIND, "countryFrom", ImportField.COUNTRY_FROM,
            "arrivalDate", ImportField.ARRIVAL_DATE, "arrivalPoint", ImportField.ARRIVAL_POINT);

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

    private final HeaderMapping mapping;
    private final boolean returns;
    private final PersonRowReader persons;
    private final ReturnInputReader returnReader;
    private final ArrivalDateParser arrivalDateParser;
    private final ReturnKindParser kindParser = new ReturnKindParser();

    public RowReader(HeaderMapping mapping, boolean returns, PersonInputReader persons, ReturnInputReader returnReader,
                     Clock clock) {
        this.mapping = mapping;
        this.returns = returns;
        this.persons = new PersonRowReader(mapping, persons, clock);
        this.returnReader = returnReader;
        this.arrivalDateParser = new ArrivalDateParser(clock);
    }

    /** The checked row, or its problems. */
    public RowReading<ReadRow> read(TabularRow row) {
        RowReading<PersonRow> person = persons.read(row);
        PersonReturn.ReturnDetails personReturn = null;
        List<RowProblem> problems = new ArrayList<>();
        if (returns) {
            List<RowProblem> before = person instanceof RefusedRow<PersonRow> refused ? refused.problems() : List.of();
            personReturn = personReturn(row, before, problems);
            // Said of a row refused for another reason too, as every problem of a row is.
            String birth = person.written().birthDate();
            if (birth != null && personReturn != null && LocalDate.parse(birth).isAfter(personReturn.arrivalDate())) {
                problems.add(new RowProblem(ImportField.BIRTH_DATE, persons.heading(ImportField.BIRTH_DATE),
                        "import.date.bornAfterArrival", cell(row, ImportField.BIRTH_DATE), cell(row, ImportField.ARRIVAL_DATE)));
            }
        }
        if (person instanceof AcceptedRow<PersonRow> accepted && problems.isEmpty()) {
            PersonDetails details = accepted.value().person();
            String ref = details.externalRef();
            return new AcceptedRow<>(row.number(), accepted.written(), new ReadRow(row.number(), details, ref,
                    ref == null ? fingerprint(details) : null, personReturn, accepted.value().referenceSaidNone()));
        }
        List<RowProblem> all = new ArrayList<>(person instanceof RefusedRow<PersonRow> refused ? refused.problems() : List.of());
        all.addAll(problems);
        return new RefusedRow<>(row.number(), person.written(), PersonRowReader.withoutEchoesOfFailedFormulas(all));
    }

    /** The row's return, or null with its problems (those of a column already refused as a cell are not repeated). */
    private PersonReturn.ReturnDetails personReturn(TabularRow row, List<RowProblem> before, List<RowProblem> problems) {
        ReturnKind kind = parsed(ImportField.RETURN_KIND, kindParser.parse(cell(row, ImportField.RETURN_KIND)), problems);
        LocalDate arrival = parsed(ImportField.ARRIVAL_DATE, arrivalDateParser.parse(cell(row, ImportField.ARRIVAL_DATE)), problems);
        boolean cellsOk = (kind != null || cell(row, ImportField.RETURN_KIND).isBlank())
                && (arrival != null || cell(row, ImportField.ARRIVAL_DATE).isBlank());
        try {
            PersonReturn.ReturnDetails read = returnReader.read(new ReturnInput(kind == null ? null : kind.name(),
                    text(row, ImportField.COUNTRY_FROM), null, null, null, arrival == null ? null : arrival.toString(),
                    text(row, ImportField.ARRIVAL_POINT), null, null, null, null, null, null, null));
            return cellsOk ? read : null;
        } catch (InvalidInputException e) {
            // A cell the parser already refused is reported once, by the parser.
            e.errors().stream().map(this::problem)
                    .filter(p -> problems.stream().noneMatch(q -> q.field() == p.field())
                            && before.stream().noneMatch(q -> q.field() != null && q.field() == p.field()))
                    .forEach(problems::add);
            return null;
        }
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
        ImportField field = RETURN_FIELDS.get(error.field());
        return new RowProblem(field, field == null ? null : persons.heading(field), error.messageKey(), error.arguments());
    }

    private <T> T parsed(ImportField field, Parsed<T> parsed, List<RowProblem> problems) {
        if (parsed.isInvalid()) {
            problems.add(new RowProblem(field, persons.heading(field), parsed.errorCode().orElseThrow(), parsed.arguments().toArray()));
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
