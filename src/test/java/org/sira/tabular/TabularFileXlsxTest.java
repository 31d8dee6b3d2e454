package org.sira.tabular;

import org.sira.tabular.internal.TabularFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFileXlsxTest {

    @TempDir
    Path dir;

    private static List<TabularRow> rowsOf(Path file) {
        try (TabularFile tabular = TabularFile.open(file)) {
            return tabular.rows().toList();
        }
    }

    @Test
    void readsTheHeaderAndTextCellsOfTheFirstSheet() throws Exception {
        Path file = Fixtures.xlsx(dir, "liste.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("Nom", "Prénoms"), List.of("Koné", "Aïssata"), List.of("Traoré", "Oumar"))));

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.format()).isEqualTo(TabularFormat.XLSX);
            assertThat(tabular.header()).containsExactly("Nom", "Prénoms");
            assertThat(tabular.rows()).extracting(TabularRow::number, TabularRow::cells).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2, List.of("Koné", "Aïssata")),
                    org.assertj.core.groups.Tuple.tuple(3, List.of("Traoré", "Oumar")));
        }
    }

    @Test
    void recognisesAWorkbookByItsContentEvenWhenNamedCsv() throws Exception {
        Path file = Fixtures.xlsx(dir, "liste.csv", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom"), List.of("Koné"))));

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.format()).isEqualTo(TabularFormat.XLSX);
        }
    }

    @Test
    void readsTheValueSavedForAFormulaWithoutEvaluatingIt() throws Exception {
        Path file = Fixtures.xlsx(dir, "formule.xlsx", sheet -> {
            Fixtures.textRows(sheet, List.of(List.of("nom", "total"), List.of("Koné")));
            var cell = sheet.getRow(1).createCell(1);
            cell.setCellFormula("1+1");
            // The value Excel would have saved; a different one proves the formula is not run.
            cell.getCTCell().setV("41");
        });

        assertThat(sheetXml(file)).contains("<f>1+1</f>").contains("<v>41</v>");
        assertThat(rowsOf(file).get(0).cells()).containsExactly("Koné", "41");
    }

    @Test
    void marksAFormulaSavedWithoutAValue() throws Exception {
        Path file = Fixtures.xlsx(dir, "formule.xlsx", sheet -> {
            Fixtures.textRows(sheet, List.of(List.of("nom", "prenoms"), List.of("Koné")));
            sheet.getRow(1).createCell(1).setCellFormula("WEBSERVICE(\"http://example.org\")");
        });

        TabularRow row = rowsOf(file).get(0);

        assertThat(row.cells()).containsExactly("Koné", "");
        assertThat(row.errors()).containsExactly(ImportError.ofColumn("prenoms", "import.cell.formulaWithoutValue"));
    }

    @Test
    void writesDateCellsAsIsoDates() throws Exception {
        Path file = Fixtures.xlsx(dir, "dates.xlsx", sheet -> {
            Fixtures.textRows(sheet, List.of(List.of("nom", "date_naissance", "date_arrivee"), List.of("Koné")));
            var workbook = sheet.getWorkbook();
            var dayFirst = workbook.createCellStyle();
            dayFirst.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var birth = sheet.getRow(1).createCell(1);
            birth.setCellValue(LocalDate.of(1990, 3, 14));
            birth.setCellStyle(dayFirst);
            var builtIn = workbook.createCellStyle();
            builtIn.setDataFormat((short) 14); // m/d/yy, Excel's own short date
            var arrival = sheet.getRow(1).createCell(2);
            arrival.setCellValue(LocalDate.of(2019, 12, 31));
            arrival.setCellStyle(builtIn);
        });

        assertThat(rowsOf(file).get(0).cells()).containsExactly("Koné", "1990-03-14", "2019-12-31");
    }

    @Test
    void writesWholeNumbersWithoutDecimalsAndKeepsOthersAsExcelShowsThem() throws Exception {
        Path file = Fixtures.xlsx(dir, "nombres.xlsx", sheet -> {
            Fixtures.textRows(sheet, List.of(List.of("telephone", "piece", "taux", "somme")));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(76123456);
            row.createCell(1).setCellValue(22376123456d);
            row.createCell(2).setCellValue(0.5);
            row.createCell(3).setCellValue(0.1 + 0.2);
        });

        assertThat(rowsOf(file).get(0).cells()).containsExactly("76123456", "22376123456", "0.5", "0.3");
    }

    @Test
    void keepsEmptyCellsInTheirColumnsAndRowNumbersAcrossEmptyRows() throws Exception {
        Path file = Fixtures.xlsx(dir, "trous.xlsx", sheet -> {
            Fixtures.textRows(sheet, List.of(List.of("nom", "prenoms", "sexe")));
            var row = sheet.createRow(4);
            row.createCell(0).setCellValue("Koné");
            row.createCell(2).setCellValue("F");
            sheet.createRow(5).createCell(1).setCellValue("   ");
        });

        List<TabularRow> rows = rowsOf(file);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).number()).isEqualTo(5);
        assertThat(rows.get(0).cells()).containsExactly("Koné", "", "F");
    }

    @Test
    void readsBooleansAndErrorValuesAsText() throws Exception {
        Path file = Fixtures.xlsx(dir, "divers.xlsx", sheet -> {
            Fixtures.textRows(sheet, List.of(List.of("a", "b")));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });

        assertThat(rowsOf(file).get(0).cells()).containsExactly("TRUE", "#N/A");
    }

    @Test
    void cutsAnOverlongCellAndMarksItsRow() throws Exception {
        Path file = Fixtures.xlsx(dir, "long.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom", "prenoms"), List.of("B".repeat(10_000), "Awa"))));

        TabularRow row = rowsOf(file).get(0);

        assertThat(row.cell(0)).hasSize(1_000);
        assertThat(row.errors()).extracting(ImportError::code).containsExactly("import.cell.tooLong");
    }

    @Test
    void readsOnlyTheFirstSheet() throws Exception {
        Path file = dir.resolve("deux.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Fixtures.textRows(workbook.createSheet("Liste"), List.of(List.of("nom"), List.of("Koné")));
            Fixtures.textRows(workbook.createSheet("Notes"), List.of(List.of("autre"), List.of("rien")));
            workbook.write(out);
        }

        assertThat(rowsOf(file)).extracting(TabularRow::cells).containsExactly(List.of("Koné"));
    }

    @Test
    void readsTheFirstSheetThatHoldsAnything() throws Exception {
        Path file = dir.resolve("vide-devant.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Feuil1");
            workbook.createSheet("Vide aussi").createRow(3).createCell(2).setCellValue("  ");
            Fixtures.textRows(workbook.createSheet("Liste"), List.of(List.of("nom"), List.of("Koné")));
            Fixtures.textRows(workbook.createSheet("Notes"), List.of(List.of("autre"), List.of("rien")));
            workbook.write(out);
        }

        assertThat(rowsOf(file)).extracting(TabularRow::cells).containsExactly(List.of("Koné"));
    }

    @Test
    void passesOverASheetOfInstructionsToTheOneWhoseHeadingsItKnows() throws Exception {
        Path file = dir.resolve("consignes-devant.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Fixtures.textRows(workbook.createSheet("Instructions"), List.of(List.of("Remplir la feuille Données, une ligne par retour.")));
            // A sheet that explains the columns names one of them, but fewer than the list does.
            Fixtures.textRows(workbook.createSheet("Colonnes"), List.of(List.of("nom", "le nom de famille")));
            Fixtures.textRows(workbook.createSheet("Données"), List.of(List.of("Liste des retours 2019"), List.of("Nom", "Prénoms"),
                    List.of("Koné", "Awa")));
            workbook.write(out);
        }

        assertThat(rowsOf(file)).extracting(TabularRow::cells).containsExactly(List.of("Koné", "Awa"));
    }

    @Tag("asvs-5.3.1")
    @Test
    void readsAMacroEnabledWorkbookWithoutRunningItsMacros() throws Exception {
        Path plain = Fixtures.workbook(dir, "macro-plain.xlsm", XSSFWorkbookType.XLSM, sheet ->
                Fixtures.textRows(sheet, List.of(List.of("nom"), List.of("Koné"))));
        // Declares a macro part as Excel does; the package stays valid, its code is never looked at.
        Path withMacros = Fixtures.rewritten(plain, dir.resolve("macro.xlsm"), java.util.Map.of(
                "[Content_Types].xml", types -> types.replace("<Default ",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")));
        try (var zip = java.nio.file.FileSystems.newFileSystem(withMacros)) {
            Files.write(zip.getPath("xl/vbaProject.bin"), new byte[] {1, 2, 3});
        }

        assertThat(rowsOf(withMacros)).extracting(TabularRow::cells).containsExactly(List.of("Koné"));
    }

    @Test
    void refusesAWordDocumentThoughItIsAZipToo() throws Exception {
        Path file = dir.resolve("lettre.xlsx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Bonjour");
            document.write(out);
        }

        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.notSpreadsheet");
    }

    @Test
    void refusesAZipThatIsNoOfficeDocument() throws Exception {
        Path file = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("liste.csv"));
            zip.write("nom\nKoné\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.notSpreadsheet");
    }

    @Test
    void refusesAWorkbookWithOnlyAHeader() throws Exception {
        Path file = Fixtures.xlsx(dir, "entete.xlsx", sheet -> Fixtures.textRows(sheet, List.of(List.of("nom", "prenoms"))));

        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.noRows");
    }

    @Test
    void refusesAWorkbookWithAnEmptySheet() throws Exception {
        Path file = Fixtures.xlsx(dir, "vide.xlsx", sheet -> { });

        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.empty");
    }

    @Test
    void leavesTheWorkbookFileUntouched() throws Exception {
        Path file = Fixtures.xlsx(dir, "liste.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom"), List.of("Koné"))));
        byte[] before = Files.readAllBytes(file);

        rowsOf(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void readsDatesOfWorkbooksCountingDaysFrom1904() throws Exception {
        Path file = Fixtures.xlsx(dir, "mac.xlsx", sheet -> {
            var workbook = sheet.getWorkbook();
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            Fixtures.textRows(sheet, List.of(List.of("date_arrivee")));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(LocalDate.of(2019, 12, 31));
            cell.setCellStyle(style);
        });

        assertThat(rowsOf(file).get(0).cells()).containsExactly("2019-12-31");
    }

    @Test
    void refusesATruncatedWorkbookAsDamaged() throws Exception {
        Path whole = Fixtures.xlsx(dir, "entier.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom"), List.of("Koné"))));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Fixtures.bytes(dir, "coupe.xlsx", java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> TabularFile.open(cut))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.unreadable");
    }

    @Tag("asvs-1.5.1")
    @Test
    void neverResolvesExternalEntitiesInTheSheet() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path plain = Fixtures.xlsx(dir, "plain.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom"), List.of("Koné"))));
        Path hostile = Fixtures.rewritten(plain, dir.resolve("xxe.xlsx"), java.util.Map.of(
                "xl/worksheets/sheet1.xml", xml -> xml
                        .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
                        .replace("</sheetData>",
                                "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData>")));
        assertThat(sheetXml(hostile)).contains("<!DOCTYPE worksheet [<!ENTITY x SYSTEM");

        assertThatThrownBy(() -> rowsOf(hostile))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.unreadable");
    }

    @Tag("asvs-5.2.1")
    @Test
    void refusesAWorkbookWhoseSharedTextExceedsTwiceTheFileLimit() throws Exception {
        Path file = Fixtures.xlsx(dir, "texte.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom"), List.of("A".repeat(30_000)))));
        TabularLimits limits = TabularLimits.defaults().withMaxFileBytes(10_000);
        assertThat(Files.size(file)).isLessThan(10_000);

        assertThatThrownBy(() -> TabularFile.open(file, limits))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo("import.file.tooMuchText");
    }

    @Tag("asvs-5.2.3")
    @Test
    void refusesAZipBomb() throws Exception {
        Path plain = Fixtures.xlsx(dir, "plain.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom"), List.of("Koné"))));
        String padding = " ".repeat(20_000_000);
        Path bomb = Fixtures.rewritten(plain, dir.resolve("bomb.xlsx"), java.util.Map.of(
                "xl/sharedStrings.xml", xml -> xml.replace("<si>", "<si>" + padding)));

        assertThatThrownBy(() -> TabularFile.open(bomb))
                .isInstanceOf(TabularFileException.class)
                .hasStackTraceContaining("Zip bomb detected")
                .extracting("code").isEqualTo("import.file.unreadable");
    }

    private static String sheetXml(Path workbook) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet in " + workbook);
    }
}
