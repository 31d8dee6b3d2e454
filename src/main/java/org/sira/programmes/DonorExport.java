package org.sira.programmes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sira.programmes.internal.ProgrammeStore;
import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.sira.security.AuditLog;
import org.sira.shared.AgeBand;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance a project paid for (items, cash and business grants), as a donor may see it: file
 * number, sex, age band, region of origin, what was given, when, on which line and at what cost. Never a name; and no file number
 * of a protected person, whose row stays (the donor paid for it) without anything leading back to her.
 */
@Service
public class DonorExport {

    public static final List<String> COLUMNS = List.of("file_number", "sex", "age_band", "origin_region", "item", "budget_line",
            "date", "quantity", "cost_xof");

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgrammeStore store;
    private final Programmes programmes;
    private final ReferenceData reference;
    private final AuditLog audit;

    DonorExport(ProgrammeStore store, Programmes programmes, ReferenceData reference, AuditLog audit) {
        this.store = store;
        this.programmes = programmes;
        this.reference = reference;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public String csv(UUID projectId) {
        List<List<Object>> rows = rows(projectId);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(COLUMNS);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(value -> value instanceof String text ? cell(text) : value == null ? "" : value)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT", "PROJECT", projectId.toString(), null, "donor export csv");
        return out.toString();
    }

    /** The same columns and rows as {@link #csv}, as a workbook: numbers as numbers, dates as dates, text as text. */
    @Transactional
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public byte[] xlsx(UUID projectId) {
        List<List<Object>> rows = rows(projectId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("assistance");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value != null) {
                        // Typed text stays text: a cell value set as a string is never read as a formula.
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT", "PROJECT", projectId.toString(), null, "donor export xlsx");
        return out.toByteArray();
    }

    /** The export's rows, one value per column; what the donor may see and nothing else. */
    private List<List<Object>> rows(UUID projectId) {
        programmes.find(projectId);
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeStore.ExportRow row : store.export(projectId)) {
            LocalDate day = row.givenAt().toLocalDate();
            rows.add(Arrays.asList(row.restricted() ? null : row.fileNumber(), row.sex(), AgeBand.at(row.birthDate(), day).label(), region(row),
                    row.item(), row.line(), day, row.quantity(), row.unitCostXof() == null ? null : row.unitCostXof() * row.quantity()));
        }
        return rows;
    }

    private String region(ProgrammeStore.ExportRow row) {
        String fallback = row.regionText() == null ? "" : row.regionText();
        return row.regionCode() == null ? fallback : reference.division(row.regionCode()).map(AdminDivision::name).orElse(fallback);
    }

    /** Text typed by people, kept from being read as a formula by a spreadsheet. */
    private static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
