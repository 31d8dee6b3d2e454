package org.sira.tabular.internal;

import org.sira.tabular.Fixtures;

import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeDetectionTest {

    @TempDir
    Path dir;

    private static void assertRefusedWith(Path file, String code) {
        assertThatThrownBy(() -> TabularFile.open(file))
                .isInstanceOf(TabularFileException.class)
                .extracting("code").isEqualTo(code);
    }

    @Tag("asvs-5.2.2")
    @Test
    void refusesAPngImageNamedCsv() throws Exception {
        assertRefusedWith(Fixtures.bytes(dir, "liste.csv", Fixtures.png()), "import.file.notSpreadsheet");
    }

    @Tag("asvs-5.2.2")
    @Test
    void refusesAPdfNamedCsv() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

        assertRefusedWith(Fixtures.bytes(dir, "liste.csv", pdf), "import.file.notSpreadsheet");
    }

    @Tag("asvs-5.2.2")
    @Test
    void refusesRandomBytes() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertRefusedWith(Fixtures.bytes(dir, "liste.csv", noise), "import.file.notSpreadsheet");
    }

    @Test
    void refusesAnOldExcelWorkbookWithAdviceToSaveAsXlsx() throws Exception {
        Path file = dir.resolve("liste.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Feuil1").createRow(0).createCell(0).setCellValue("nom");
            workbook.write(out);
        }

        assertRefusedWith(file, "import.file.unsupportedExcel");
    }

    @Test
    void refusesAPasswordProtectedWorkbookWithItsOwnReason() throws Exception {
        Path plain = Fixtures.xlsx(dir, "liste.xlsx", sheet -> Fixtures.textRows(sheet, java.util.List.of(
                java.util.List.of("nom"), java.util.List.of("Koné"))));
        Path file = dir.resolve("protege.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertRefusedWith(file, "import.file.encrypted");
    }

    @Test
    void refusesAnHtmlTableThatSomeSystemsNameXls() throws Exception {
        Path file = Fixtures.csv(dir, "export.xls", StandardCharsets.UTF_8,
                "<html><body><table><tr><td>nom</td></tr><tr><td>Koné</td></tr></table></body></html>");

        assertRefusedWith(file, "import.file.notSpreadsheet");
    }

    @Test
    void readsACsvWhoseFirstHeadingStartsLikeABitmap() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "BM_numero;nom\n12;Koné\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.header()).containsExactly("BM_numero", "nom");
        }
    }

    @Test
    void readsPlainTextWhateverItsName() throws Exception {
        Path file = Fixtures.csv(dir, "liste.xlsx", StandardCharsets.UTF_8, "nom;prenoms\nKoné;Awa\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            assertThat(tabular.format()).isEqualTo(TabularFormat.CSV);
        }
    }
}
