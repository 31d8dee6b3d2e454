package org.sira.reports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a workbook: a first sheet with the title, period and headline, then one sheet per
 * table, numbers as numbers (so a reader can sum and chart them again).
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static void write(ReportDocument report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Sheet summary = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            text(summary.createRow(0), 0, report.title()).setCellStyle(bold);
            text(summary.createRow(1), 0, report.period());
            if (report.headline() != null) {
                text(summary.createRow(3), 0, report.headline());
            }
            summary.setColumnWidth(0, 100 * 256);
            int number = 1;
            for (ReportDocument.Section section : report.sections()) {
                if (section.table() == null) {
                    continue;
                }
                String name = WorkbookUtil.createSafeSheetName(number++ + " " + section.title());
                Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
                text(sheet.createRow(0), 0, section.title()).setCellStyle(bold);
                Row header = sheet.createRow(2);
                List<String> headers = section.table().header();
                for (int c = 0; c < headers.size(); c++) {
                    text(header, c, headers.get(c)).setCellStyle(bold);
                    sheet.setColumnWidth(c, (c == 0 ? 32 : 16) * 256);
                }
                int r = 3;
                for (List<Object> values : section.table().rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Long n) {
                            row.createCell(c).setCellValue(n);
                        } else if (value instanceof Double d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(share);
                        } else {
                            text(row, c, value == null ? "" : value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static org.apache.poi.ss.usermodel.Cell text(Row row, int column, String value) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        // A label is text, never a formula, whatever it starts with.
        cell.setCellValue(value);
        return cell;
    }
}
