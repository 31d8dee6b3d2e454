package org.sira.reports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sira.reports.OpenDataDimension;
import org.sira.reports.internal.OpenDataTable;
import org.springframework.context.MessageSource;

/**
 * The open-data export written out: CSV (a header row, then one row per cell, the count empty
 * where suppressed), the same with a second row of HXL hashtags, or XLSX; and its data dictionary.
 */
final class OpenDataFiles {

    static final String PERIOD_COLUMN = "period";
    static final String COUNT_COLUMN = "count";
    static final String PERIOD_HXL = "#date";
    static final String COUNT_HXL = "#affected+returnees+ind";

    private OpenDataFiles() {
    }

    static List<String> header(OpenDataTable table) {
        return columns(table, PERIOD_COLUMN, OpenDataDimension::column, COUNT_COLUMN);
    }

    static List<String> hashtags(OpenDataTable table) {
        return columns(table, PERIOD_HXL, OpenDataDimension::hxl, COUNT_HXL);
    }

    private static List<String> columns(OpenDataTable table, String period, Function<OpenDataDimension, String> dimension, String count) {
        List<String> columns = new ArrayList<>();
        columns.add(period);
        table.query().by().forEach(d -> columns.add(dimension.apply(d)));
        columns.add(count);
        return columns;
    }

    static void csv(OpenDataTable table, boolean hxl, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header(table));
            if (hxl) {
                printer.printRecord(hashtags(table));
            }
            for (OpenDataTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.period());
                cells.addAll(row.values());
                cells.add(row.count() == null ? "" : String.valueOf(row.count()));
                printer.printRecord(cells);
            }
        }
    }

    static void xlsx(OpenDataTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("open-data");
            Row header = sheet.createRow(0);
            List<String> headings = header(table);
            for (int c = 0; c < headings.size(); c++) {
                header.createCell(c).setCellValue(headings.get(c));
            }
            int next = 1;
            for (OpenDataTable.Row row : table.rows()) {
                Row line = sheet.createRow(next++);
                line.createCell(0).setCellValue(row.period());
                for (int v = 0; v < row.values().size(); v++) {
                    line.createCell(v + 1).setCellValue(row.values().get(v));
                }
                if (row.count() != null) {
                    line.createCell(row.values().size() + 1).setCellValue(row.count());
                }
            }
            workbook.write(out);
        }
    }

    /** Every column of the export with its HXL hashtag, the values it takes and what it means, in the reader's language. */
    static void dictionary(int threshold, MessageSource messages, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(messages.getMessage("opendata.dictionary.column", null, locale),
                    messages.getMessage("opendata.dictionary.hxl", null, locale),
                    messages.getMessage("opendata.dictionary.values", null, locale),
                    messages.getMessage("opendata.dictionary.meaning", null, locale));
            printer.printRecord(PERIOD_COLUMN, PERIOD_HXL, messages.getMessage("opendata.values.period", null, locale),
                    messages.getMessage("opendata.meaning.period", null, locale));
            for (OpenDataDimension dimension : OpenDataDimension.values()) {
                printer.printRecord(dimension.column(), dimension.hxl(),
                        messages.getMessage("opendata.values." + dimension.column(), null, locale),
                        messages.getMessage("opendata.meaning." + dimension.column(), null, locale));
            }
            printer.printRecord(COUNT_COLUMN, COUNT_HXL, messages.getMessage("opendata.values.count", null, locale),
                    messages.getMessage("opendata.meaning.count", new Object[] {threshold}, locale));
        }
    }
}
