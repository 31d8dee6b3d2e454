package org.sira.reports.web;

import java.time.LocalDate;

import org.sira.reports.ReturnCounts;
import org.sira.reports.ReturnStatistics;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/returns} of api-v1.md. */
@RestController
class StatisticsApi {

    private final ReturnStatistics statistics;

    StatisticsApi(ReturnStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/reports/returns")
    ReturnCounts returns(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.count(from, to);
    }
}
