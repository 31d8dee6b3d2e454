package org.sira.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/** Writes the files the tests read: spreadsheets as people send them. */
public final class Fixtures {

    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Fixtures() {
    }

    public static Path csv(Path dir, String name, Charset charset, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    public static Path csvWithBom(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(UTF8_BOM);
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }

    public static Path bytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** A workbook written with POI's ordinary model; the sheet is filled by {@code content}. */
    public static Path xlsx(Path dir, String name, Consumer<XSSFSheet> content) throws IOException {
        return workbook(dir, name, XSSFWorkbookType.XLSX, content);
    }

    public static Path workbook(Path dir, String name, XSSFWorkbookType type, Consumer<XSSFSheet> content) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(type); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook.createSheet("Feuil1"));
            workbook.write(out);
        }
        return file;
    }

    /** Fills rows from 0 with text cells. */
    public static void textRows(XSSFSheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    /**
     * Copies a workbook's zip entry by entry, letting {@code change} rewrite the text of the named
     * entries: this is how the tests build workbooks POI's writer would never produce.
     */
    public static Path rewritten(Path source, Path target, java.util.Map<String, java.util.function.UnaryOperator<String>> changes)
            throws IOException {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(source));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                var change = changes.get(entry.getName());
                if (change == null) {
                    in.transferTo(out);
                } else {
                    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    out.write(change.apply(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return target;
    }

    /** The 8-byte signature and a few bytes of a PNG image. */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    }
}
