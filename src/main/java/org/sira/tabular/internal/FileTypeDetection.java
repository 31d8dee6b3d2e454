package org.sira.tabular.internal;

import org.sira.tabular.TabularFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells CSV from XLSX by the bytes, not the name: people rename files, and a PNG called
 * {@code liste.csv} must be refused with a clear reason rather than read as garbage.
 */
public final class FileTypeDetection {

    private static final int SNIFF_BYTES = 8 * 1024;

    private FileTypeDetection() {
    }

    public static TabularFormat detect(Path file) throws IOException {
        byte[] head = readHead(file);
        if (head.length == 0) {
            throw new TabularFileException("import.file.empty");
        }
        if (startsWithUtf16Bom(head)) {
            // Excel's "Unicode text" export: UTF-16 with a BOM, tab separated.
            return TabularFormat.CSV;
        }
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML:
                return TabularFormat.XLSX;
            case OLE2:
                throw oldExcelOrEncrypted(file);
            case BIFF2, BIFF3, BIFF4:
                throw new TabularFileException("import.file.unsupportedExcel");
            case UNKNOWN, BMP:
                // A BMP is known by "BM" alone, as is a CSV whose first heading starts with BM:
                // the test for binary content below tells them apart.
                break;
            default:
                // PDF, images, Word, RTF, and HTML or XML tables that some systems name .xls
                throw new TabularFileException("import.file.notSpreadsheet");
        }
        if (looksBinary(head)) {
            throw new TabularFileException("import.file.notSpreadsheet");
        }
        return TabularFormat.CSV;
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    static boolean startsWithUtf16Bom(byte[] head) {
        return head.length >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    }

    /** Text never holds NUL bytes and rarely control characters other than tab and line ends. */
    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b >= 0 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                controls++;
            }
        }
        return controls > head.length / 20;
    }

    /** Both an .xls workbook and a password-protected .xlsx are OLE2 containers; the advice differs. */
    private static TabularFileException oldExcelOrEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new TabularFileException("import.file.encrypted");
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return new TabularFileException("import.file.unsupportedExcel");
            }
        } catch (IOException | RuntimeException damaged) {
            // fall through: whatever it is, it is not something we read
        }
        return new TabularFileException("import.file.notSpreadsheet");
    }
}
