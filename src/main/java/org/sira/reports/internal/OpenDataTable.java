package org.sira.reports.internal;

import org.sira.reports.OpenDataQuery;

import java.util.List;

/**
 * The open-data export: one row per combination of period and dimensions that occurs, its count
 * empty ({@code null}) where disclosure control suppressed it.
 */
public record OpenDataTable(OpenDataQuery query, int threshold, List<Row> rows) {

    public OpenDataTable {
        rows = List.copyOf(rows);
    }

    public record Row(String period, List<String> values, Long count) {

        public Row {
            values = List.copyOf(values);
        }
    }
}
