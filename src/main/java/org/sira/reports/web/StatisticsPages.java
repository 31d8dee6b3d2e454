package org.sira.reports.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sira.reference.ReferenceData;
import org.sira.reports.ReturnCounts;
import org.sira.reports.ReturnStatistics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The returns of a semester or a year, with bar charts by kind and continent and tables by country and region. */
@Controller
class StatisticsPages {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-S([12]))?");

    private final ReturnStatistics statistics;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Words words;

    StatisticsPages(ReturnStatistics statistics, ReferenceData reference, MessageSource messages, Words words) {
        this.statistics = statistics;
        this.reference = reference;
        this.messages = messages;
        this.words = words;
    }

    /** One bar of a chart: its label, its count and its length as a share of the longest. */
    record Bar(String label, long count, double percentOfMax, double percentOfTotal) {
    }

    @GetMapping("/reports/returns")
    String page(@RequestParam(required = false) String period, Model model) {
        LocalDate today = LocalDate.now();
        Locale locale = LocaleContextHolder.getLocale();
        boolean valid = period != null && PERIOD.matcher(period).matches()
                && Integer.parseInt(period.substring(0, 4)) >= 1960 && Integer.parseInt(period.substring(0, 4)) <= today.getYear() + 1;
        String chosen = valid ? period : today.getYear() + "-S" + (today.getMonthValue() <= 6 ? 1 : 2);
        Matcher matcher = PERIOD.matcher(chosen);
        matcher.matches();
        int year = Integer.parseInt(matcher.group(1));
        LocalDate from;
        LocalDate to;
        if (matcher.group(2) == null) {
            from = Year.of(year).atDay(1);
            to = Year.of(year).atMonth(12).atEndOfMonth();
        } else if ("1".equals(matcher.group(2))) {
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 6, 30);
        } else {
            from = LocalDate.of(year, 7, 1);
            to = LocalDate.of(year, 12, 31);
        }
        ReturnCounts counts = statistics.count(from, to);
        model.addAttribute("period", chosen);
        // Back to the earliest return recorded: imported registers often start long before Sira.
        int oldest = Math.min(Math.min(today.getYear() - 12, year), statistics.earliestYear().orElse(year));
        model.addAttribute("periods", words.periods(Math.max(today.getYear(), year), oldest, locale));
        model.addAttribute("counts", counts);
        model.addAttribute("fromInWords", Words.day(from, locale));
        model.addAttribute("toInWords", Words.day(to, locale));
        model.addAttribute("byKind", bars(counts.byKind(), key -> messages.getMessage("kind." + key, null, key, locale), counts.total()));
        model.addAttribute("byContinent", bars(counts.byContinent(),
                key -> messages.getMessage("continent." + key, null, key, locale), counts.total()));
        model.addAttribute("bySex", bars(counts.bySex(), key -> messages.getMessage("sex." + key, null, key, locale), counts.total()));
        model.addAttribute("byCountry", bars(counts.byCountry(),
                key -> reference.country(key).map(c -> c.name(locale)).orElse(key), counts.total()));
        model.addAttribute("byRegion", bars(counts.byOriginRegion(), key -> key, counts.total()));
        model.addAttribute("mayExportOpenData", org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getAuthorities().stream().anyMatch(a -> "ROLE_COORDINATOR".equals(a.getAuthority())));
        return "reports/returns";
    }

    private static List<Bar> bars(Map<String, Long> counts, java.util.function.Function<String, String> label, long total) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(e -> new Bar(label.apply(e.getKey()), e.getValue(), 100.0 * e.getValue() / max,
                        total == 0 ? 0 : 100.0 * e.getValue() / total))
                .toList();
    }
}
