package org.sira.tabular.internal;

import org.sira.tabular.ExcelNumbers;
import org.sira.tabular.TabularFileException;
import org.sira.tabular.TabularLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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
public final class XlsxRowSource implements RowSource {

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
        this.date1904 = XlsxWorkbook.usesDate1904(reader);
        Iterator<InputStream> sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new TabularFileException("import.file.empty");
        }
        for (int skip = XlsxWorkbook.firstSheetWithValues(reader, sharedStrings); skip > 0; skip--) {
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

    public static XlsxRowSource open(Path file, TabularLimits limits) {
        XlsxWorkbook.requireIntactZip(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException e) {
            // A zip that is not an Office document (or an OpenDocument spreadsheet).
            throw new TabularFileException("import.file.notSpreadsheet", List.of(), e);
        }
        try {
            XlsxWorkbook.requireWorkbook(pkg);
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
                    expectedRows = XlsxWorkbook.lastRowOf(xml.getAttributeValue(null, "ref"));
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

    @Override
    public long expectedRows() {
        return expectedRows;
    }

    private RawRow readRow() throws XMLStreamException {
        int number = XlsxWorkbook.parseIntOr(xml.getAttributeValue(null, "r"), lastRowNumber + 1);
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
            int column = XlsxWorkbook.columnIndex(xml.getAttributeValue(null, "r"), nextColumn);
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
        int style = XlsxWorkbook.parseIntOr(xml.getAttributeValue(null, "s"), 0);
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
        return sharedStrings.get(XlsxWorkbook.parseIntOr(index, -1));
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
