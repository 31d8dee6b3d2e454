package org.sira.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Returns of a period counted by every combination the open-data export may need: month of
 * arrival, kind, country, the person's sex and region as each return carries them (the same
 * columns the statistics count), and the person's age at arrival in whole years (as each return
 * carries it, from the date of birth as recorded: a birth known to the year only counts from the 1st of January).
 */
@Component
public class ReturnCombinations {

    static final String COUNT_BY_COMBINATION = """
            SELECT y, m, return_kind, country_from, person_sex, origin_region_code, origin_region_text, age_years, COUNT(*) AS n
            FROM (SELECT EXTRACT(YEAR FROM r.arrival_date) AS y, EXTRACT(MONTH FROM r.arrival_date) AS m,
                         r.return_kind, r.country_from, r.person_sex, r.origin_region_code, r.origin_region_text,
                         r.person_age AS age_years
                  FROM person_return r
                  WHERE r.arrival_date BETWEEN :from AND :to AND r.voided = FALSE) t
            GROUP BY y, m, return_kind, country_from, person_sex, origin_region_code, origin_region_text, age_years""";

    /** One combination and how many returns have it; {@code month} is the first day of the month of arrival. */
    public record Combination(LocalDate month, String returnKind, String countryFrom, String sex, String regionCode,
                              String regionText, Integer age, long count) {
    }

    private final JdbcClient jdbc;

    ReturnCombinations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Combination> count(LocalDate from, LocalDate to) {
        List<Combination> combinations = new ArrayList<>();
        jdbc.sql(COUNT_BY_COMBINATION).param("from", from).param("to", to).query(rs -> {
            Object age = rs.getObject("age_years");
            combinations.add(new Combination(LocalDate.of(rs.getInt("y"), rs.getInt("m"), 1), rs.getString("return_kind"),
                    rs.getString("country_from"), rs.getString("person_sex"), rs.getString("origin_region_code"),
                    rs.getString("origin_region_text"), age == null ? null : ((Number) age).intValue(), rs.getLong("n")));
        });
        return combinations;
    }
}
