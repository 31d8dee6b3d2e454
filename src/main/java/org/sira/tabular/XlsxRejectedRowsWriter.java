package org.sira.tabular;

import org.sira.tabular.internal.RejectedRowCells;


import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Refused rows as XLSX. Every cell is a string cell: a spreadsheet program never evaluates a
 * string cell, so unlike CSV no quote is added and {@code +22376123456} stays as written.
 */
final class XlsxRejectedRowsWriter implements RejectedRowsWriter {

    private static final int ROWS_IN_MEMORY = 100;

    private final OutputStream out;
    private final List<String> header;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private int nextRow;

    XlsxRejectedRowsWriter(OutputStream out, List<String> header, String errorsHeading, String sheetName) {
        this.out = out;
        this.header = List.copyOf(header);
        this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        List<String> headings = new ArrayList<>(this.header);
        headings.add(errorsHeading);
        append(headings);
    }

    @Override
    public void write(TabularRow row, List<String> errorMessages) {
        List<String> cells = RejectedRowCells.of(header, row, errorMessages);
        append(cells);
    }

    private void append(List<String> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
                text = text.substring(0, SpreadsheetVersion.EXCEL2007.getMaxTextLength());
            }
            row.createCell(i).setCellValue(text);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
