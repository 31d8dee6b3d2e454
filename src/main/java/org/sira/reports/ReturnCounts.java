package org.sira.reports;

import java.time.LocalDate;
import java.util.Map;

/**
 * Returns whose arrival date lies in [from, to], counted as {@code api-v1.md} says. Values that
 * are not known (a person's sex or region of origin) are counted under {@code unknown}, so every
 * breakdown adds up to the total.
 */
public record ReturnCounts(LocalDate from, LocalDate to, long total, Map<String, Long> byKind,
                           Map<String, Long> byContinent, Map<String, Long> byCountry, Map<String, Long> bySex,
                           Map<String, Long> byOriginRegion, Map<String, Long> unknown) {
}
