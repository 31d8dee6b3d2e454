package org.sira.reports;

import java.util.List;
import java.util.Map;

/**
 * Rights at arrival, from the rights checks recorded at reception for the returns of a period:
 * how many were asked, detained before return and for how long, mistreated, robbed of their
 * belongings or wages, by country of return. A question not answered counts in none of the yes.
 *
 * @param returns returns in the period
 * @param checked returns with a rights check recorded
 * @param notChecked returns with none yet
 * @param detentionLength detained returns by length of detention ({@code 0-7}, {@code 8-30}, {@code 31-90}, {@code 91+}, {@code unknown} days)
 * @param detentionDaysAverage the mean length of the detentions whose length is known, null when none is
 */
public record RightsReport(ReportPeriod period, String arrivalPoint, ReportProject project, long returns, long checked, long notChecked,
                           Figures all, Map<String, Long> detentionLength, Double detentionDaysAverage,
                           List<Country> byCountry) {

    /** The yes answers among the checks. */
    public record Figures(long detained, long mistreated, long belongingsWithheld, long wagesUnpaid) {
    }

    /** One country of return (ISO alpha-2). */
    public record Country(String country, long returns, long checked, Figures figures) {
    }
}
