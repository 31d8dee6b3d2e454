package org.sira.arrivals.internal;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sira.shared.AgeBand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A return's age at arrival is written by Java on insert ({@link ReturnTraits#ageAt}) and by SQL
 * when a person or a date changes ({@link ReturnTraits#AGE_SQL}, V080): both must give the same
 * years for any pair of dates, 29 February and births after the arrival included, and the same
 * band as the donor export's {@link AgeBand#at} wherever the age is not negative.
 */
abstract class ReturnAgeContract {

    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void javaAndSqlCountTheSameYears(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 150; i++) {
            // One pair in ten: a birth on 29 February and an arrival on 28 February or 1 March, where ways of counting part.
            LocalDate birth = i % 10 == 0 ? LocalDate.of(1960 + 4 * random.nextInt(10), 2, 29)
                    : LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
            int later = birth.getYear() + 1 + random.nextInt(40);
            LocalDate arrival = i % 10 == 0 ? LocalDate.of(later, 2, 28).plusDays(random.nextInt(2))
                    : birth.plusDays(random.nextInt(30_000) - 2_000);
            Integer java = ReturnTraits.ageAt(birth, arrival);
            Number sql = jdbc.sql("SELECT " + ReturnTraits.AGE_SQL + " FROM (SELECT CAST(:arrival AS DATE) AS arrival_date,"
                    + " CAST(:birth AS DATE) AS person_birth_date) t").param("arrival", arrival).param("birth", birth)
                    .query(Number.class).single();
            assertThat(java).as("born %s, arrived %s", birth, arrival).isEqualTo(sql.intValue());
            if (java >= 0) {
                assertThat(AgeBand.of(java)).as("born %s, arrived %s", birth, arrival).isEqualTo(AgeBand.at(birth, arrival));
            }
        }
    }
}
