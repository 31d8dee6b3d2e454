package org.sira.tabular.internal;

import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * What {@link XlsxRowSource} asks of a workbook before and while reading its rows: is it whole and
 * a workbook at all, which sheet holds the rows, which calendar its dates count from, and how its
 * cell references and ranges are written.
 */
public final class XlsxWorkbook {

    static final int MAX_EXCEL_COLUMNS = 16_384;

    private XlsxWorkbook() {
    }

    /** A workbook cut short by an interrupted upload or copy lacks the zip's closing directory. */
    static void requireIntactZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.size();
        } catch (IOException damaged) {
            throw new TabularFileException("import.file.unreadable", List.of(), damaged);
        }
    }

    /** A .docx is a zip too; a .xlsb is a workbook we cannot stream. */
    static void requireWorkbook(OPCPackage pkg) {
        var documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (documents.size() == 0) {
            throw new TabularFileException("import.file.notSpreadsheet");
        }
        PackagePart workbook = pkg.getPart(documents.getRelationship(0));
        String type = workbook == null ? "" : workbook.getContentType();
        if (type.contains("ms-excel.sheet.binary")) {
            throw new TabularFileException("import.file.unsupportedExcel");
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new TabularFileException("import.file.notSpreadsheet");
        }
    }

    /**
     * The sheet to read: the one whose first row names the most columns Sira knows (the first of
     * equals), else the first that holds any value. Workbooks often keep an empty "Feuil1", or a
     * sheet of instructions that may well name a column or two, in front of the one with the rows.
     */
    static int firstSheetWithValues(XSSFReader reader, SharedStrings sharedStrings)
            throws IOException, OpenXML4JException, XMLStreamException {
        Iterator<InputStream> sheets = reader.getSheetIterator();
        int firstWithValues = -1;
        int best = -1;
        int mostKnown = 0;
        for (int index = 0; sheets.hasNext(); index++) {
            try (InputStream sheet = sheets.next()) {
                List<List<String>> top = firstRowsWithValues(sheet, sharedStrings);
                if (top.isEmpty()) {
                    continue;
                }
                // The headings may be below a title line (see TabularFile).
                int known = top.stream().mapToInt(row -> HeaderMatcher.match(row).columns().size()).max().orElse(0);
                if (known > mostKnown) {
                    mostKnown = known;
                    best = index;
                }
                if (firstWithValues < 0) {
                    firstWithValues = index;
                }
            }
        }
        return best >= 0 ? best : Math.max(firstWithValues, 0);
    }

    private static final int ROWS_LOOKED_AT = 4;

    /** The values of a sheet's first rows that hold any (none when the sheet holds none). */
    static List<List<String>> firstRowsWithValues(InputStream sheet, SharedStrings sharedStrings) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        try {
            List<List<String>> rows = new ArrayList<>();
            List<String> values = new ArrayList<>();
            boolean shared = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    shared = "s".equals(xml.getAttributeValue(null, "t"));
                }
                // <v> holds a cell's value (for a shared string, its number), <t> an inline string's text.
                if (event == XMLStreamConstants.START_ELEMENT && (xml.getLocalName().equals("v") || xml.getLocalName().equals("t"))) {
                    String value = XmlText.read(xml, TabularLimits.DEFAULT_MAX_CELL_LENGTH + 1, chars -> { });
                    String text = shared ? sharedStrings.get(parseIntOr(value, -1)) : value;
                    if (!text.isBlank()) {
                        values.add(text);
                    }
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row") && !values.isEmpty()) {
                    rows.add(values);
                    if (rows.size() == ROWS_LOOKED_AT) {
                        break;
                    }
                    values = new ArrayList<>();
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    break;
                }
            }
            return rows;
        } finally {
            xml.close();
        }
    }

    /** Workbooks made on old Macs count days from 1904; their dates would be four years off. */
    static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader xml = factory.createXMLStreamReader(workbook);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("workbookPr")) {
                            String value = xml.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                        if (name.equals("sheets")) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    /** The last row of a sheet's used range such as {@code A1:I100001}, as spreadsheet programs write it. */
    static long lastRowOf(String range) {
        if (range == null) {
            return -1;
        }
        String last = range.substring(range.indexOf(':') + 1).replaceAll("^[A-Za-z]+", "");
        try {
            return Long.parseLong(last);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code "C12"} → 2; a missing or unusable reference means the cell after the previous one. */
    static int columnIndex(String reference, int fallback) {
        if (reference == null) {
            return fallback;
        }
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                return fallback;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return letters == 0 || column > MAX_EXCEL_COLUMNS ? fallback : column - 1;
    }

    static int parseIntOr(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
