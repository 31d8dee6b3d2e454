package org.sira.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsWriterTest {

    private static final List<String> HEADER = List.of("nom", "prenoms", "telephone");

    @TempDir
    Path dir;

    @Test
    void writesCsvInUtf8WithAByteOrderMarkAndAnErrorsColumn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RejectedRowsWriter writer = RejectedRowsWriter.csv(out, HEADER, "erreurs")) {
            writer.write(new TabularRow(3, List.of("Koné", "Aïssata", "7612"), List.of()),
                    List.of("Numéro de téléphone non reconnu", "Sexe manquant"));
        }
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(Fixtures.UTF8_BOM);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "nom;prenoms;telephone;erreurs\r\n"
                        + "Koné;Aïssata;7612;Numéro de téléphone non reconnu | Sexe manquant\r\n");
    }

    @Test
    void quotesCsvCellsThatASpreadsheetWouldTakeForFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RejectedRowsWriter writer = RejectedRowsWriter.csv(out, HEADER, "errors", ',')) {
            writer.write(new TabularRow(2, List.of("=HYPERLINK(\"http://evil\";\"x\")", "@A1", "+22376123456"), List.of()),
                    List.of("-"));
        }

        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")[1])
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\",'@A1,'+22376123456,'-");
    }

    @Test
    void writesACsvThatReadsBackWithTheSameCellsAndRowsUnderTheirHeadings() throws Exception {
        Path file = dir.resolve("rejets.csv");
        try (var out = Files.newOutputStream(file);
             RejectedRowsWriter writer = RejectedRowsWriter.csv(out, HEADER, "erreurs")) {
            writer.write(new TabularRow(2, List.of("Koné; dite \"Awa\"", "Aïssata\nFanta"), List.of()), List.of("x"));
            writer.write(new TabularRow(7, List.of("Traoré", "Oumar", "76", "extra"), List.of()), List.of("y"));
        }

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.header()).containsExactly("nom", "prenoms", "telephone", "erreurs");
            assertThat(tabular.rows()).extracting(TabularRow::cells).containsExactly(
                    List.of("Koné; dite \"Awa\"", "Aïssata\nFanta", "", "x"),
                    List.of("Traoré", "Oumar", "76", "y"));
        }
    }

    @Test
    void writesXlsxWithEveryCellAsTextSoNothingIsAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RejectedRowsWriter writer = RejectedRowsWriter.xlsx(out, HEADER, "erreurs", "Lignes refusées")) {
            writer.write(new TabularRow(2, List.of("=1+1", "Aïssata", "+22376123456"), List.of()), List.of("Sexe manquant"));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Lignes refusées");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("erreurs");
            var row = sheet.getRow(1);
            for (int i = 0; i < 4; i++) {
                assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("+22376123456");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Sexe manquant");
        }
    }

    @Test
    void writesAnXlsxThatReadsBackThroughTheStreamingReader() throws Exception {
        Path file = dir.resolve("rejets.xlsx");
        try (var out = Files.newOutputStream(file);
             RejectedRowsWriter writer = RejectedRowsWriter.xlsx(out, HEADER, "errors", "Rejected rows")) {
            writer.write(new TabularRow(2, List.of("Koné", "", "76123456"), List.of()), List.of("x"));
        }

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.rows()).extracting(TabularRow::cells).containsExactly(List.of("Koné", "", "76123456", "x"));
        }
    }
}
