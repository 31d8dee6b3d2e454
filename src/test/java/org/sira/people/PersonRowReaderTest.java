package org.sira.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.people.cells.AcceptedRow;
import org.sira.people.cells.PersonRowReader;
import org.sira.people.cells.PersonRowReader.PersonRow;
import org.sira.people.cells.RefusedRow;
import org.sira.people.cells.RowProblem;
import org.sira.people.cells.RowReading;
import org.sira.reference.ReferenceData;
import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.ImportError;
import org.sira.tabular.TabularRow;

/** The one reader of a person's row, for the imports and the manifests: no Spring, no database. */
class PersonRowReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> HEADER = List.of("nom", "prenoms", "sexe", "date_naissance", "telephone", "reference_externe");

    private final PersonRowReader reader = new PersonRowReader(HeaderMatcher.match(HEADER),
            new PersonInputReader(mock(ReferenceData.class), CLOCK), CLOCK);

    private RowReading<PersonRow> read(String... cells) {
        return reader.read(new TabularRow(2, List.of(cells), List.of()));
    }

    private static List<String> codes(RowReading<PersonRow> reading) {
        assertThat(reading).isInstanceOf(RefusedRow.class);
        return ((RefusedRow<PersonRow>) reading).problems().stream().map(RowProblem::code).toList();
    }

    @Test
    void aWellWrittenRowIsAcceptedWithItsCellsReadTheWayRegistersWriteThem() {
        RowReading<PersonRow> reading = read("Traoré", "Awa", "femme", "vers 1990", "76 12 34 56", "ref-1");
        assertThat(reading).isInstanceOf(AcceptedRow.class);
        PersonRow row = ((AcceptedRow<PersonRow>) reading).value();
        assertThat(row.person().familyName()).isEqualTo("Traoré");
        assertThat(row.person().sex()).isEqualTo(Sex.F);
        assertThat(row.birth().date()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(row.person().phones()).extracting(PhoneNumber::e164).containsExactly("+22376123456");
        assertThat(row.person().externalRef()).isEqualTo("ref-1");
        assertThat(reading.written().sex()).isEqualTo("F");
    }

    @Test
    void aReferenceSayingThereIsNoneIsReadAsNoReference() {
        PersonRow row = ((AcceptedRow<PersonRow>) read("Traoré", "Awa", "", "", "", "N/A")).value();
        assertThat(row.referenceSaidNone()).isTrue();
        assertThat(row.person().externalRef()).isNull();
    }

    @Test
    void aFullNameIsSplitWhenNoNameColumnIsGiven() {
        PersonRowReader byFullName = new PersonRowReader(HeaderMatcher.match(List.of("nom_complet")),
                new PersonInputReader(mock(ReferenceData.class), CLOCK), CLOCK);
        RowReading<PersonRow> reading = byFullName.read(new TabularRow(2, List.of("KONATE Moussa"), List.of()));
        assertThat(reading.written().familyName()).isNotNull();
        assertThat(reading).isInstanceOf(AcceptedRow.class);
    }

    @Test
    void aRowWithoutAnyNameIsRefusedWithTheCodeOfTheForms() {
        assertThat(codes(read("", "", "M", "1990", "", ""))).containsExactly("person.name.required");
    }

    @Test
    void aNameInAnotherScriptThanLatinIsRefusedSinceItCannotBeComparedWithTheRegistry() {
        RowReading<PersonRow> reading = read("محمد", "", "M", "1990", "", "");
        assertThat(codes(reading)).containsExactly(PersonRowReader.LATIN_REQUIRED);
        assertThat(reading.written().familyName()).isEqualTo("محمد");
    }

    @Test
    void eachCellTheParsersCannotReadIsRefusedWithItsCodeAndTheCellAsArgument() {
        RefusedRow<PersonRow> refused = (RefusedRow<PersonRow>) read("Traoré", "Awa", "peut-être", "31/02/1990", "12", "");
        assertThat(refused.problems()).extracting(RowProblem::code)
                .containsExactly("import.sex.unknown", "import.date.nonexistent", "import.phone.invalid");
        assertThat(refused.problems().get(0).arguments()).containsExactly("peut-être");
        assertThat(refused.problems().get(0).column()).isEqualTo("sexe");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        assertThat(codes(read("Traoré", "Awa", "", "2027", "", ""))).containsExactly("import.date.future");
    }

    @Test
    void aNameLongerThanThePersonsColumnIsRefusedWithTheLimitOfTheForms() {
        RefusedRow<PersonRow> refused = (RefusedRow<PersonRow>) read("x".repeat(101), "Awa", "", "", "", "");
        assertThat(refused.problems()).extracting(RowProblem::code).containsExactly("validation.Size");
        assertThat(refused.problems().get(0).arguments()).containsExactly(PersonInputReader.maxLength("familyName"), 0);
    }

    @Test
    void aFailedFormulaIsTheOnlyThingSaidOfItsCell() {
        RefusedRow<PersonRow> refused = (RefusedRow<PersonRow>) read("Traoré", "Awa", "", "#N/A", "", "");
        assertThat(refused.problems()).extracting(RowProblem::code).containsExactly(PersonRowReader.SPREADSHEET_ERROR);
    }

    @Test
    void aProblemOfACellTheFileReaderFoundIsTheRowsOnlyInAColumnItReads() {
        TabularRow row = new TabularRow(2, List.of("Traoré", "Awa", "", "", "", ""), List.of(
                new ImportError("prenoms", "import.cell.tooLong", List.of("5000")),
                new ImportError("colonne_ignoree", "import.cell.tooLong", List.of("5000"))));
        RefusedRow<PersonRow> refused = (RefusedRow<PersonRow>) reader.read(row);
        assertThat(refused.problems()).extracting(RowProblem::column).containsExactly("prenoms");
    }

    @Test
    void aRefusedRowAlwaysSaysWhy() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RefusedRow<PersonRow>(2, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
