package org.sira.programmes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sira.programmes.internal.ProgrammeStore;
import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.sira.security.AuditLog;
import org.sira.shared.AgeBand;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance a project paid for, as a donor may see it: file number, sex, age band, region of
 * origin, what was given, when, on which line and at what cost. Never a name; and no file number
 * of a protected person, whose row stays (the donor paid for it) without anything leading back to her.
 */
@Service
public class DonorExport {

    public static final List<String> COLUMNS = List.of("file_number", "sex", "age_band", "origin_region", "item", "budget_line",
            "date", "quantity", "cost_xof");

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
        programmes.find(projectId);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(COLUMNS);
            for (ProgrammeStore.ExportRow row : store.export(projectId)) {
                LocalDate day = row.givenAt().toLocalDate();
                printer.printRecord(row.restricted() ? "" : row.fileNumber(), row.sex() == null ? "" : row.sex(),
                        AgeBand.at(row.birthDate(), day).label(), cell(region(row)), row.item(), cell(row.line()), day, row.quantity(),
                        row.unitCostXof() == null ? "" : row.unitCostXof() * row.quantity());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT", "PROJECT", projectId.toString(), null, "donor export");
        return out.toString();
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
