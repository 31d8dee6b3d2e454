package org.sira.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

/**
 * Reads the first sheet of a workbook row by row with a pull parser over the sheet's XML, the
 * streaming equivalent of POI's {@code XSSFSheetXMLHandler} that can be iterated without a thread.
 * Only the shared strings ({@link SharedStrings}) and the styles are held in memory.
 *
 * <p>Nothing in the workbook ever runs: formulas are not evaluated (the value Excel saved is read),
 * macros ({@code .xlsm}) and external links are never looked at, the package is opened read-only,
 * and POI's XML factories refuse external entities.
 */
final class XlsxRowSource implements RowSource {

    private static final int MAX_EXCEL_COLUMNS = 16_384;

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final int maxColumns;
    private final int maxCellLength;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private int lastRowNumber;
    private long expectedRows = -1;
    private boolean finished;

    private XlsxRowSource(OPCPackage pkg, XSSFReader reader, TabularLimits limits)
            throws IOException, OpenXML4JException, XMLStreamException {
        this.pkg = pkg;
        this.maxColumns = limits.maxColumns();
        this.maxCellLength = limits.maxCellLength();
        // As much text as the file's size allows a CSV to hold, twice over, and the heap can hold.
        this.sharedStrings = SharedStrings.of(pkg, Math.min(2 * limits.maxFileBytes(), limits.maxTextChars()), cellKept());
        this.styles = reader.getStylesTable();
        this.date1904 = usesDate1904(reader);
        Iterator<InputStream> sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new TabularFileException("import.file.empty");
        }
        for (int skip = firstSheetWithValues(reader, sharedStrings); skip > 0; skip--) {
            sheets.next().close();
        }
        this.sheet = sheets.next();
        try {
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        } catch (XMLStreamException | RuntimeException e) {
            sheet.close();
            throw e;
        }
    }

    static XlsxRowSource open(Path file, TabularLimits limits) {
        requireIntactZip(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException e) {
            // A zip that is not an Office document (or an OpenDocument spreadsheet).
            throw new TabularFileException("import.file.notSpreadsheet", List.of(), e);
        }
        try {
            requireWorkbook(pkg);
            return new XlsxRowSource(pkg, new XSSFReader(pkg), limits);
        } catch (TabularFileException e) {
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            // Whatever POI throws on a damaged workbook is bad input, never a server error.
            pkg.revert();
            throw new TabularFileException("import.file.unreadable", List.of(), e);
        }
    }

    /** A workbook cut short by an interrupted upload or copy lacks the zip's closing directory. */
    private static void requireIntactZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.size();
        } catch (IOException damaged) {
            throw new TabularFileException("import.file.unreadable", List.of(), damaged);
        }
    }

    /** A .docx is a zip too; a .xlsb is a workbook we cannot stream. */
    private static void requireWorkbook(OPCPackage pkg) {
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
    private static int firstSheetWithValues(XSSFReader reader, SharedStrings sharedStrings)
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
    private static List<List<String>> firstRowsWithValues(InputStream sheet, SharedStrings sharedStrings) throws XMLStreamException {
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
    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
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

    @Override
    public RawRow next() throws IOException {
        if (finished) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return readRow();
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("dimension")) {
                    expectedRows = lastRowOf(xml.getAttributeValue(null, "ref"));
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    break;
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new TabularFileException("import.file.unreadable", List.of(), e);
        }
    }

    /** The last row of a sheet's used range such as {@code A1:I100001}, as spreadsheet programs write it. */
    private static long lastRowOf(String range) {
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

    @Override
    public long expectedRows() {
        return expectedRows;
    }

    private RawRow readRow() throws XMLStreamException {
        int number = parseIntOr(xml.getAttributeValue(null, "r"), lastRowNumber + 1);
        lastRowNumber = number;
        List<String> cells = new ArrayList<>();
        List<Integer> formulasWithoutValue = List.of();
        boolean dropped = false;
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) {
                continue;
            }
            int column = columnIndex(xml.getAttributeValue(null, "r"), nextColumn);
            nextColumn = column + 1;
            Cell cell = readCell();
            if (column >= maxColumns) {
                dropped |= !cell.text.isBlank();
                continue;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, cell.text);
            if (cell.formulaWithoutValue) {
                if (formulasWithoutValue.isEmpty()) {
                    formulasWithoutValue = new ArrayList<>();
                }
                formulasWithoutValue.add(column);
            }
        }
        return new RawRow(number, cells, dropped, formulasWithoutValue);
    }

    private record Cell(String text, boolean formulaWithoutValue) {
    }

    /** As many characters of a cell as the row's check needs to see that it is too long. */
    private int cellKept() {
        return maxCellLength + 1;
    }

    /** Called on {@code <c>}; returns after its {@code </c>}. */
    private Cell readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        int style = parseIntOr(xml.getAttributeValue(null, "s"), 0);
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        int phoneticDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                if (name.equals("rPh")) {
                    phoneticDepth--;
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = XmlText.read(xml, cellKept(), chars -> { });
                    case "f" -> {
                        formula = true;
                        skipElement();
                    }
                    case "rPh" -> phoneticDepth++;
                    case "t" -> {
                        // Phonetic guides (Japanese furigana) are not part of what the cell says. No more
                        // is kept than a cell may hold (and one more, to say it was longer): the rest of
                        // a cell inflated to megabytes is read past, never held.
                        String text = XmlText.read(xml, cellKept(), chars -> { });
                        if (phoneticDepth == 0) {
                            inline = inline == null ? new StringBuilder() : inline;
                            inline.append(text);
                        }
                    }
                    default -> {
                        // <is>, <r>, <extLst>: their <t> children are handled above
                    }
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return new Cell(inline == null ? "" : inline.toString(), false);
        }
        if (value == null) {
            return new Cell("", formula);
        }
        return new Cell(textOf(type, style, value), false);
    }

    private String textOf(String type, int style, String value) {
        if (type == null || type.equals("n")) {
            if (isDateStyle(style)) {
                return ExcelNumbers.isoDate(value, date1904).orElseGet(() -> ExcelNumbers.plain(value));
            }
            return ExcelNumbers.plain(value);
        }
        return switch (type) {
            case "s" -> sharedString(value);
            case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
            // ISO 8601 date cells (rare, "strict" workbooks): the day is what an import needs.
            case "d" -> value.length() >= 10 ? value.substring(0, 10) : value;
            default -> value; // "str" (a formula's text result), "e" (#N/A...)
        };
    }

    private String sharedString(String index) {
        return sharedStrings.get(parseIntOr(index, -1));
    }

    private boolean isDateStyle(int style) {
        if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(style, s -> {
            CTXf xf = styles.getCellXfAt(s);
            if (xf == null) {
                return false;
            }
            int formatId = (int) xf.getNumFmtId();
            String format = styles.getNumberFormatAt((short) formatId);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(formatId);
            }
            return format != null && DateUtil.isADateFormat(formatId, format);
        });
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
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

    private static int parseIntOr(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing a reader over a stream we close next
        } finally {
            sheet.close();
            // revert(), not close(): a package opened for reading must never be written back.
            pkg.revert();
        }
    }
}
