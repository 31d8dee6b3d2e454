package org.sira.reports;

import java.util.List;
import java.util.Map;

/**
 * Returns per calendar year by kind of return, every year of the span listed (zeros included), so
 * a chart shows the shift from forced removals to voluntary returns and border rejections.
 *
 * @param arrivalPoint the one arrival point counted, or null for all
 * @param project the one project whose reached persons' returns are counted, or null for all
 */
public record TrendsReport(int fromYear, int toYear, String arrivalPoint, ReportProject project, List<Year> years) {

    /** One year: by kind, every kind present (zero when none), and the total. */
    public record Year(int year, Map<String, Long> byKind, long total) {
    }
}
