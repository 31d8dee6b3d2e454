package org.sira.reference.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sira.shared.Folding;
import org.springframework.stereotype.Component;

/**
 * Loads the reference lists from the CSV files under {@code reference/} (kept in the repository,
 * sources in {@code reference/SOURCES.md}). A migration, so every database gets exactly the
 * same lists once, and later edits by an admin are never overwritten.
 */
@Component
public class V002__reference_load_data extends BaseJavaMigration {

    static final String COMMUNES_SOURCE = "andaletech/geo-api-mali seed files (divisions before 2023)";
    static final String REGIONS_2023_SOURCE = "Mali's 2023 administrative reform: 19 regions and the District of Bamako";
    static final List<String> REGIONS_2023 = List.of("Nioro du Sahel", "Kita", "Dioïla", "Nara", "Bougouni",
            "Koutiala", "San", "Douentza", "Bandiagara");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        loadCountries(connection);
        loadLanguages(connection);
        loadDivisions(connection);
    }

    public static String code(String... names) {
        StringBuilder code = new StringBuilder("ML");
        for (String name : names) {
            code.append('-').append(Folding.fold(name).replace(' ', '-').toUpperCase(java.util.Locale.ROOT));
        }
        return code.toString();
    }

    private static void loadCountries(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO country (alpha2, alpha3, name_fr, name_en, continent, search_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CSVRecord row : read("reference/countries.csv")) {
                insert.setString(1, row.get("alpha2"));
                insert.setString(2, row.get("alpha3"));
                insert.setString(3, row.get("name_fr"));
                insert.setString(4, row.get("name_en"));
                insert.setString(5, row.get("continent"));
                insert.setString(6, Folding.fold(row.get("name_fr")) + "|" + Folding.fold(row.get("name_en")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadLanguages(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO language (code, name_fr, name_en) VALUES (?, ?, ?)")) {
            for (CSVRecord row : read("reference/languages.csv")) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("name_fr"));
                insert.setString(3, row.get("name_en"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadDivisions(Connection connection) throws Exception {
        Map<String, String[]> divisions = new LinkedHashMap<>();
        for (CSVRecord row : read("reference/mali-communes-before-2023.csv")) {
            String region = row.get("region").strip();
            String cercle = row.get("cercle").strip();
            String commune = row.get("commune").strip();
            divisions.putIfAbsent(code(region), new String[] {"REGION", region, null, null});
            divisions.putIfAbsent(code(region, cercle), new String[] {"CERCLE", cercle, code(region), null});
            if (!commune.isEmpty()) {
                divisions.putIfAbsent(code(region, cercle, commune), new String[] {"COMMUNE", commune, code(region, cercle), null});
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO admin_division (code, level, name, search_key, parent_code, since_year, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<String, String[]> division : divisions.entrySet()) {
                add(insert, division.getKey(), division.getValue()[0], division.getValue()[1], division.getValue()[2], null, COMMUNES_SOURCE);
            }
            for (String region : REGIONS_2023) {
                add(insert, "ML-2023-" + code(region).substring(3), "REGION", region, null, 2023, REGIONS_2023_SOURCE);
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, String code, String level, String name, String parent,
                            Integer since, String source) throws SQLException {
        insert.setString(1, code);
        insert.setString(2, level);
        insert.setString(3, name);
        insert.setString(4, Folding.fold(name));
        insert.setString(5, parent);
        if (since == null) {
            insert.setNull(6, java.sql.Types.INTEGER);
        } else {
            insert.setInt(6, since);
        }
        insert.setString(7, source);
        insert.addBatch();
    }

    private static List<CSVRecord> read(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(
                V002__reference_load_data.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
