package org.sira.tabular;

import org.sira.tabular.internal.CsvDialect;

import org.sira.people.cells.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces together, as the import endpoints will use them. */
class ReadingAPersonsFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void writesBackOnlyTheRefusedRowsWithTheirReasonsInFrench() throws Exception {
        Path upload = Fixtures.csv(dir, "retournes.csv", CsvDialect.WINDOWS_1252,
                "Nom;Prénom(s);Sexe;Date de naissance;Téléphone;Observations\r\n"
                        + "Koné;Aïssata;F;14/03/1990;76 12 34 56;\r\n"
                        + "Traoré;Oumar;X;31/02/1991;=1+1;à revoir\r\n"
                        + "Diarra;Moussa;homme;vers 1985;;\r\n");
        // Without "no fallback", a JVM running in English would answer French with the _en file.
        ResourceBundle french = ResourceBundle.getBundle("messages-imports", Locale.FRENCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        SexParser sex = new SexParser();
        BirthDateParser birthDate = new BirthDateParser(CLOCK);
        PhoneParser phone = new PhoneParser();
        Path rejected = dir.resolve("refus.csv");
        List<ImportError> headerProblems;

        try (TabularFile file = TabularFile.open(upload);
             OutputStream out = Files.newOutputStream(rejected);
             RejectedRowsWriter writer = RejectedRowsWriter.csv(out, file.header(),
                     french.getString("import.rejected.errorsHeading"))) {
            HeaderMapping columns = HeaderMatcher.match(file.header());
            headerProblems = columns.problems(List.of(ImportField.FAMILY_NAME));
            for (TabularRow row : (Iterable<TabularRow>) file.rows()::iterator) {
                List<ImportError> errors = new ArrayList<>(row.errors());
                sex.parse(columns.text(row, ImportField.SEX).orElse("")).error("Sexe").ifPresent(errors::add);
                birthDate.parse(columns.text(row, ImportField.BIRTH_DATE).orElse("")).error("Date de naissance")
                        .ifPresent(errors::add);
                phone.parse(columns.text(row, ImportField.PHONE).orElse("")).error("Téléphone").ifPresent(errors::add);
                if (!errors.isEmpty()) {
                    writer.write(row, errors.stream().map(e -> message(french, e)).toList());
                }
            }
        }

        assertThat(headerProblems).extracting(ImportError::code).containsExactly("import.header.unknown");
        try (TabularFile written = TabularFile.open(rejected)) {
            assertThat(written.header()).containsExactly(
                    "Nom", "Prénom(s)", "Sexe", "Date de naissance", "Téléphone", "Observations", "erreurs");
            List<TabularRow> rows = written.rows().toList();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).cells().subList(0, 6))
                    .containsExactly("Traoré", "Oumar", "X", "31/02/1991", "'=1+1", "à revoir");
            assertThat(rows.get(0).cell(6)).isEqualTo(
                    "Sexe : Sexe non reconnu : « X ». Valeurs acceptées : M, F, H (homme), masculin, féminin, male, female."
                            + " | Date de naissance : La date « 31/02/1991 » n’existe pas."
                            + " | Téléphone : Numéro de téléphone non reconnu : « =1+1 ». Exemples : 76 12 34 56, +223 76 12 34 56.");
        }
    }

    private static String message(ResourceBundle bundle, ImportError error) {
        String text = new MessageFormat(bundle.getString(error.code()), bundle.getLocale())
                .format(error.arguments().toArray());
        return error.column() == null ? text : error.column() + " : " + text;
    }
}
