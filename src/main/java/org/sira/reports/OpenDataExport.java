package org.sira.reports;

import org.sira.reports.internal.OpenDataCells;
import org.sira.reports.internal.OpenDataTable;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.sira.reference.ReferenceData;
import org.sira.reports.internal.CellSuppression;
import org.sira.reports.internal.ReturnCombinations;
import org.sira.security.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-data export of api-v1.md: returns counted by period and the dimensions asked, quasi-
 * identifiers coarsened (month not day, region not commune, age bands), every count under the
 * disclosure threshold suppressed and more where needed ({@link CellSuppression}), each export
 * audited with who asked for what.
 */
@Service
public class OpenDataExport {

    /** The smallest threshold allowed: the setting may raise it, never lower it. */
    public static final int MINIMUM_THRESHOLD = 5;

    private final ReturnCombinations combinations;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final int threshold;

    OpenDataExport(ReturnCombinations combinations, ReferenceData reference, AuditLog audit,
                   @Value("${sira.open-data.threshold:5}") int threshold) {
        if (threshold < MINIMUM_THRESHOLD) {
            throw new IllegalStateException("sira.open-data.threshold is " + threshold + ": it can be configured upward only, from "
                    + MINIMUM_THRESHOLD);
        }
        this.combinations = combinations;
        this.reference = reference;
        this.audit = audit;
        this.threshold = threshold;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public int threshold() {
        return threshold;
    }

    /** The export; {@code format} is only recorded in the audit. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public OpenDataTable export(OpenDataQuery query, String format) {
        OpenDataCells table = new OpenDataCells(query, combinations.count(query.from(), query.to()), reference);
        List<OpenDataCells.Cell> cells = table.cells();
        List<OpenDataTable.Row> rows = new ArrayList<>();
        int suppressedCells = 0;
        for (Map.Entry<String, List<Integer>> period : table.byPeriod().entrySet()) {
            List<Integer> indices = period.getValue();
            long[] counts = indices.stream().mapToLong(i -> cells.get(i).count()).toArray();
            BitSet suppressed = CellSuppression.protect(counts, table.publishedSums(indices), table.lines(indices), threshold);
            suppressedCells += suppressed.cardinality();
            for (int local = 0; local < indices.size(); local++) {
                OpenDataCells.Cell cell = cells.get(indices.get(local));
                rows.add(new OpenDataTable.Row(cell.period(), cell.values(), suppressed.get(local) ? null : cell.count()));
            }
        }
        audit.record("EXPORT", "OPEN_DATA", query.from() + ".." + query.to(), null,
                "period=" + query.period().name().toLowerCase() + " by=" + String.join(",", query.by().stream().map(OpenDataDimension::column).toList())
                        + " format=" + format + " threshold=" + threshold + " rows=" + rows.size() + " suppressed=" + suppressedCells);
        return new OpenDataTable(query, threshold, rows);
    }
}
