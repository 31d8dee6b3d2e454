package org.sira.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** The small reference lists Sira ships as CSV files in {@code reference/} (sources in SOURCES.md), read once. */
final class ReferenceFiles {

    /** Where returnees are met (the airport, the convoys' arrival towns). */
    static final List<String> ARRIVAL_POINTS = arrivalPoints();

    private ReferenceFiles() {
    }

    /** Names of countries other than CLDR's: ISO's official short names, older names, common writings. */
    static Map<String, String> otherCountryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        read("reference/country-names.csv", row -> names.put(row.get("name"), row.get("alpha2")));
        return names;
    }

    private static List<String> arrivalPoints() {
        List<String> points = new java.util.ArrayList<>();
        read("reference/arrival-points.csv", row -> points.add(row.get("name")));
        return List.copyOf(points);
    }

    private static void read(String resource, Consumer<CSVRecord> eachRow) {
        try (Reader in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
             CSVParser rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            rows.forEach(eachRow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
