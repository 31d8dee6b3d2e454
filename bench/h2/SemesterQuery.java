import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

/**
 * The statistics query of ReturnStatistics alone, on an H2 database (read-only), without HTTP:
 * 5 passes over 20 semesters of 2010–2024.
 * usage: java -cp h2.jar bench/h2/SemesterQuery.java DB_WITHOUT_.mv.db
 */
public class SemesterQuery {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";ACCESS_MODE_DATA=r", "sa", "")) {
            PreparedStatement query = c.prepareStatement("""
                    SELECT return_kind, country_from, person_sex, origin_region_code, origin_region_text, COUNT(*) AS n
                    FROM person_return WHERE arrival_date BETWEEN ? AND ? AND voided = FALSE
                    GROUP BY return_kind, country_from, person_sex, origin_region_code, origin_region_text""");
            for (int pass = 0; pass < 5; pass++) {
                long start = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    int year = 2010 + i % 15;
                    boolean second = i % 2 == 1;
                    query.setObject(1, LocalDate.of(year, second ? 7 : 1, 1));
                    query.setObject(2, second ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30));
                    try (ResultSet rs = query.executeQuery()) { while (rs.next()) { } }
                }
                System.out.printf("20 semesters in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
