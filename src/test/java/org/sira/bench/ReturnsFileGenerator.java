package org.sira.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic CSV of returns for the import and statistics benchmarks
 * (docs/BENCHMARKS-imports.md): French headers of api-v1.md, persons with one to three returns
 * each (the same {@code reference_externe} on every row of a person), rows in order of arrival
 * as in a register, dates written in several of the accepted forms. Every row is valid.
 *
 * <p>Arguments: {@code rows seed output [firstPerson]}. The same arguments always give the same
 * bytes. {@code firstPerson} (default 1) numbers the references, so files generated with
 * disjoint ranges hold disjoint persons (e.g. 4 files of 250,000 rows for one million).
 */
public final class ReturnsFileGenerator {

    static final String HEADER = "reference_externe,nom,prenoms,sexe,date_naissance,region_origine,"
            + "type_retour,pays_provenance,date_arrivee";

    private static final String[] FAMILY = {"Koné", "Traoré", "Diarra", "Keïta", "Coulibaly", "Sidibé", "Dembélé",
            "Touré", "Cissé", "Maïga", "Sangaré", "Doumbia", "Konaté", "Sissoko", "Diallo", "Togola", "Bagayoko",
            "Guindo", "Kouyaté", "Samaké", "Dao", "Fofana", "Niaré", "Haïdara", "Kanté", "Dicko", "Sow", "Ba",
            "Camara", "Sylla", "Tall", "Bah", "Ouologuem", "Tangara", "Berthé", "Kamissoko"};
    private static final String[] GIVEN_M = {"Oumar", "Moussa", "Sékou", "Mamadou", "Adama", "Issa", "Bakary",
            "Ousmane", "Modibo", "Salif", "Boubacar", "Seydou", "Ali", "Amadou", "Yaya", "Drissa", "Lassana",
            "Souleymane", "Abdoulaye", "Cheick", "Mahamadou", "Siaka", "Tiémoko", "Hamidou", "Mamadou Lamine"};
    private static final String[] GIVEN_F = {"Awa", "Fanta", "Aminata", "Djénéba", "Hawa", "Mariam", "Fatoumata",
            "Kadiatou", "Bintou", "Oumou", "Assétou", "Nana", "Rokia", "Salimata", "Aïssata", "Kadidia", "Maïmouna",
            "Korotoumou", "Ramatou", "Fatoumata Binta"};
    /** Regions of origin, weighted towards the regions that send most migrants. */
    private static final String[] REGION = {"Kayes", "Kayes", "Kayes", "Koulikoro", "Koulikoro", "Sikasso",
            "Sikasso", "Ségou", "Ségou", "Mopti", "Mopti", "Tombouctou", "Gao", "Kidal", "Bamako", "Bamako",
            "District de Bamako", "Nioro", "Kita", "Ménaka", "Taoudénit", "Bougouni", "Dioïla", "Nara", ""};
    private static final String[] KIND = {"expulsion", "expulsion", "expulsion", "refoulement", "refoulement",
            "refoulement", "retour volontaire assisté", "retour volontaire assisté", "SPONTANEOUS_VOLUNTARY",
            "FORCED_REMOVAL", "BORDER_REJECTION", "ASSISTED_VOLUNTARY", "retour volontaire spontané", "rva",
            "Expulsé", "refoulé", "spontané"};
    /** Countries returned from, weighted as in the registers: North and West Africa first. */
    private static final String[] COUNTRY = {"DZ", "DZ", "DZ", "DZ", "LY", "LY", "LY", "NE", "NE", "MR", "MR",
            "MA", "MA", "SN", "CI", "CI", "GA", "AO", "GQ", "SA", "FR", "FR", "ES", "IT", "DE", "US", "BF", "GN",
            "CM", "CG", "TN", "DZA", "LBY", "NER", "Algérie", "Libye", "Niger", "Mauritanie", "France", "Espagne"};
    private static final LocalDate FIRST_ARRIVAL = LocalDate.of(2010, 1, 1);
    private static final int ARRIVAL_DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_ARRIVAL.toEpochDay()) + 1;

    private record Row(int arrivalDay, long order, String text) {
    }

    private ReturnsFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ReturnsFileGenerator rows seed output [firstPerson]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path output = Path.of(args[2]);
        int firstPerson = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Summary summary = write(rows, seed, output, firstPerson);
        System.out.printf("%s: %d rows, %d persons, %d bytes%n", output, rows, summary.persons, Files.size(output));
    }

    record Summary(int persons) {
    }

    static Summary write(int rows, long seed, Path output, int firstPerson) throws IOException {
        Random random = new Random(seed);
        List<Row> all = new ArrayList<>(rows);
        int person = firstPerson;
        long order = 0;
        while (all.size() < rows) {
            int returns = Math.min(rows - all.size(), returnsOfOnePerson(random));
            boolean female = random.nextInt(100) < 22;
            String ref = "ML" + person;
            String family = pick(random, FAMILY);
            String given = pick(random, female ? GIVEN_F : GIVEN_M);
            String sex = female ? pick(random, new String[] {"F", "F", "F", "féminin", "f"})
                    : pick(random, new String[] {"M", "M", "M", "H", "masculin", "m"});
            int birthYear = 1965 + random.nextInt(43);
            String birth = birthDate(random, birthYear);
            String region = pick(random, REGION);
            int[] days = new int[returns];
            for (int i = 0; i < returns; i++) {
                days[i] = random.nextInt(ARRIVAL_DAYS);
            }
            for (int day : days) {
                String text = String.join(",", ref, family, given, sex, birth, region, pick(random, KIND),
                        pick(random, COUNTRY), arrivalDate(random, FIRST_ARRIVAL.plusDays(day)));
                all.add(new Row(day, order++, text));
            }
            person++;
        }
        // A register is kept in order of arrival; rows of the same day keep the order they were drawn in.
        all.sort(Comparator.comparingInt(Row::arrivalDay).thenComparingLong(Row::order));
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (Row row : all) {
                out.write(row.text());
                out.write('\n');
            }
        }
        return new Summary(person - firstPerson);
    }

    /** 1 return for 60 % of persons, 2 for 28 %, 3 for 12 %. */
    private static int returnsOfOnePerson(Random random) {
        int r = random.nextInt(100);
        return r < 60 ? 1 : r < 88 ? 2 : 3;
    }

    /** Most registers know only the year; some the month, the day, or an estimate; some nothing. */
    private static String birthDate(Random random, int year) {
        int r = random.nextInt(100);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        if (r < 45) {
            return Integer.toString(year);
        } else if (r < 60) {
            return "vers " + year;
        } else if (r < 70) {
            return String.format("%02d/%d", month, year);
        } else if (r < 80) {
            return String.format("%02d/%02d/%d", day, month, year);
        } else if (r < 88) {
            return String.format("%d-%02d-%02d", year, month, day);
        }
        return "";
    }

    /** Arrival dates need the day: ISO, day first with slashes, dashes or dots, with or without zeros. */
    private static String arrivalDate(Random random, LocalDate date) {
        int r = random.nextInt(100);
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        if (r < 40) {
            return date.toString();
        } else if (r < 75) {
            return String.format("%02d/%02d/%d", d, m, y);
        } else if (r < 85) {
            return d + "/" + m + "/" + y;
        } else if (r < 93) {
            return String.format("%02d-%02d-%d", d, m, y);
        }
        return String.format("%02d.%02d.%d", d, m, y);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
