package org.sira.tabular;

import org.sira.tabular.internal.CsvDialect;
import org.sira.tabular.internal.TabularFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFileCsvTest {

    @TempDir
    Path dir;

    private static List<TabularRow> rowsOf(Path file) {
        try (TabularFile tabular = TabularFile.open(file)) {
            return tabular.rows().toList();
        }
    }

    @Test
    void readsLatin1FileWrittenByFrenchExcel() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", CsvDialect.WINDOWS_1252,
                "nom;prénoms;sexe\r\nKoné;Aïssata;F\r\nTraoré;Oumar;M\r\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.format()).isEqualTo(TabularFormat.CSV);
            assertThat(tabular.header()).containsExactly("nom", "prénoms", "sexe");
            assertThat(tabular.rows()).extracting(TabularRow::cells).containsExactly(
                    List.of("Koné", "Aïssata", "F"), List.of("Traoré", "Oumar", "M"));
        }
    }

    @Test
    void passesOverATitleAboveTheHeadingsAndKeepsTheFilesRowNumbers() throws Exception {
        Path file = Fixtures.csv(dir, "titre.csv", java.nio.charset.StandardCharsets.UTF_8,
                "Liste des retours 1996 - Association;;\n;;\nnom;prénoms;sexe\nKoné;Awa;F\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.header()).containsExactly("nom", "prénoms", "sexe");
            assertThat(tabular.headerRowNumber()).isEqualTo(3);
            assertThat(tabular.rows()).extracting(TabularRow::number).containsExactly(4);
        }
    }

    @Test
    void aFirstRowOfOneUnknownHeadingStaysTheHeaderWhenNoKnownHeadingsFollow() throws Exception {
        Path file = Fixtures.csv(dir, "une-colonne.csv", java.nio.charset.StandardCharsets.UTF_8, "Passagers\nKONE Awa\nTRAORE Oumar\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.header()).containsExactly("Passagers");
            assertThat(tabular.rows()).extracting(row -> row.cells().get(0)).containsExactly("KONE Awa", "TRAORE Oumar");
        }
    }

    @Test
    void readsWindows1252CharactersThatLatin1Lacks() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", CsvDialect.WINDOWS_1252, "nom;note\nCœur;coût 5 €\n");

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Cœur", "coût 5 €");
    }

    @Test
    void decodesAsWindows1252WhenInvalidUtf8AppearsOnlyFarDown() throws Exception {
        StringBuilder content = new StringBuilder("nom,prenom\n");
        for (int i = 0; i < 5_000; i++) {
            content.append("Diarra,Moussa\n");
        }
        content.append("Koné,Awa\n");
        Path file = Fixtures.csv(dir, "liste.csv", CsvDialect.WINDOWS_1252, content.toString());

        List<TabularRow> rows = rowsOf(file);

        assertThat(rows.get(rows.size() - 1).cells()).containsExactly("Koné", "Awa");
    }

    @Test
    void readsUtf8WithByteOrderMarkWithoutKeepingTheMarkInTheFirstHeading() throws Exception {
        Path file = Fixtures.csvWithBom(dir, "liste.csv", "nom,prenoms\nKoné,Sékou\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.header()).containsExactly("nom", "prenoms");
            assertThat(tabular.rows().toList().get(0).cells()).containsExactly("Koné", "Sékou");
        }
    }

    @Test
    void readsUtf8WithoutByteOrderMark() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom,prenoms\nKoné,Sékou\n");

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Koné", "Sékou");
    }

    @Test
    void readsUtf16TabSeparatedTextAsExcelSavesUnicodeText() throws Exception {
        byte[] text = "nom\tprenoms\r\nKoné\tSékou\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Path file = Fixtures.bytes(dir, "liste.txt", withBom);

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Koné", "Sékou");
    }

    @Test
    void splitsOnSemicolonsWhenTheHeaderUsesThem() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom;prenoms;note\nKeita;Fanta;\"1,5\"\n");

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Keita", "Fanta", "1,5");
    }

    @Test
    void splitsOnCommasWhenTheHeaderUsesThem() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom,prenoms,note\nKeita,Fanta,a;b\n");

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Keita", "Fanta", "a;b");
    }

    @Test
    void splitsOnTabsWhenTheHeaderUsesThem() throws Exception {
        Path file = Fixtures.csv(dir, "liste.tsv", StandardCharsets.UTF_8, "nom\tprenoms\nKeita, dit Sory\tFanta\n");

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Keita, dit Sory", "Fanta");
    }

    @Test
    void keepsSeparatorsLineBreaksAndQuotesInsideQuotedFields() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8,
                "nom;adresse\n\"Coulibaly; Samaké\";\"Rue 12\nporte 4, dit \"\"la bleue\"\"\"\nSidibé;Kayes\n");

        List<TabularRow> rows = rowsOf(file);

        assertThat(rows.get(0).cells()).containsExactly("Coulibaly; Samaké", "Rue 12\nporte 4, dit \"la bleue\"");
        assertThat(rows.get(1).number()).isEqualTo(3);
    }

    @Test
    void skipsBlankLinesButNumbersRowsAsASpreadsheetShowsThem() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8,
                "nom;prenoms\nKeita;Fanta\n\n;\nDembélé;Adama\n");

        List<TabularRow> rows = rowsOf(file);

        assertThat(rows).extracting(TabularRow::number).containsExactly(2, 5);
        assertThat(rows.get(1).cells()).containsExactly("Dembélé", "Adama");
    }

    @Test
    void cutsACellOfTenThousandCharactersAndMarksItsRowInsteadOfFailing() throws Exception {
        String longName = "A".repeat(10_000);
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8,
                "nom;prenoms\n" + longName + ";Fanta\nKeita;Awa\n");

        List<TabularRow> rows = rowsOf(file);

        assertThat(rows.get(0).cell(0)).hasSize(TabularLimits.DEFAULT_MAX_CELL_LENGTH);
        assertThat(rows.get(0).errors()).containsExactly(
                ImportError.ofColumn("nom", "import.cell.tooLong", "1000"));
        assertThat(rows.get(1).hasErrors()).isFalse();
    }

    @Test
    void honoursAConfiguredCellLength() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom;prenoms\nKeita;Fanta\n");

        try (TabularFile tabular = TabularFile.open(file, TabularLimits.defaults().withMaxCellLength(4))) {
            TabularRow row = tabular.rows().findFirst().orElseThrow();
            assertThat(row.cells()).containsExactly("Keit", "Fant");
            assertThat(row.errors()).extracting(ImportError::column).containsExactly("nom", "prenoms");
        }
    }

    @Test
    void marksARowWithValuesBeyondTheColumnLimit() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "a;b\n1;2;;;\n1;2;3;4;x\n");

        try (TabularFile tabular = TabularFile.open(file, TabularLimits.defaults().withMaxColumns(3))) {
            List<TabularRow> rows = tabular.rows().toList();
            assertThat(rows.get(0).hasErrors()).isFalse();
            assertThat(rows.get(1).cells()).containsExactly("1", "2", "3");
            assertThat(rows.get(1).errors()).extracting(ImportError::code).containsExactly("import.row.tooManyColumns");
        }
    }

    @Test
    void keepsTextWrittenAfterAClosingQuote() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom;prenoms\n\"Koné\" dit Awa;Aïssata\n");

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Koné dit Awa", "Aïssata");
    }

    @Test
    void refusesAFileWhoseQuoteIsNeverClosedRatherThanSwallowTheRowsAfterIt() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8,
                "nom;prenoms\nKeita;Fanta\nDiallo;\"Awa\nTraoré;Oumar\nSidibé;Kadiatou\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThatThrownBy(() -> tabular.rows().toList())
                    .isInstanceOf(TabularFileException.class)
                    .satisfies(e -> {
                        TabularFileException error = (TabularFileException) e;
                        assertThat(error.code()).isEqualTo("import.file.malformedCsv");
                        assertThat(error.arguments()).containsExactly("3");
                    });
        }
    }

    @Test
    void refusesAFileWithOnlyAHeader() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom;prenoms\n\n;\n");

        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.noRows");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = Fixtures.bytes(dir, "liste.csv", new byte[0]);

        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.empty");
    }

    @Test
    void refusesAFileOfBlankLines() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "\r\n\r\n  \r\n");

        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.empty");
    }

    @Tag("asvs-5.2.1")
    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom;prenoms\nKeita;Fanta\n");

        assertThatThrownBy(() -> TabularFile.open(file, TabularLimits.defaults().withMaxFileBytes(10)))
                .isInstanceOf(TabularFileException.class)
                .satisfies(e -> {
                    TabularFileException error = (TabularFileException) e;
                    assertThat(error.code()).isEqualTo("import.file.tooLarge");
                    assertThat(error.arguments()).containsExactly("1", "1");
                });
    }

    @Test
    void letsTheRowsBeReadOnlyOnce() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom\nKeita\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            tabular.rows().toList();
            assertThatThrownBy(tabular::rows).isInstanceOf(IllegalStateException.class);
        }
    }
}
