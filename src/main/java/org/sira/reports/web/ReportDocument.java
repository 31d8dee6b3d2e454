package org.sira.reports.web;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

/**
 * A report as a reader sees it, whatever the format: its title, period, headline, then sections
 * of a chart and/or a table. The page, the PDF and the XLSX are all drawn from one of these, so
 * a figure printed in one is the figure printed in the others.
 */
record ReportDocument(String title, String period, String headline, List<Section> sections) {

    /** A chart (may be null), then a table (may be null). */
    record Section(String title, JFreeChart chart, int chartHeight, Table table) {
    }

    /** Cells are text, whole numbers ({@link Long}) or shares in percent ({@link Double}). */
    record Table(List<String> header, List<List<Object>> rows) {

        /** Whether a column holds numbers (the page aligns them right). */
        public boolean numeric(int column) {
            return !rows.isEmpty() && rows.get(0).get(column) instanceof Number;
        }

        /** The cells as the page prints them, numbers grouped as the reader's language does. */
        List<List<String>> display(Locale locale) {
            return rows.stream().map(row -> row.stream().map(cell -> text(cell, locale)).toList()).toList();
        }

        static String text(Object cell, Locale locale) {
            if (cell instanceof Long n) {
                return Words.number(n, locale);
            }
            if (cell instanceof Double share) {
                return String.format(locale, "%.1f", share);
            }
            return cell == null ? "" : cell.toString();
        }
    }
}
