package org.sira.people.cells;

import org.sira.tabular.*;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Measures reading speed and heap on large generated files; prints figures, asserts nothing.
 * Run with {@code -Xmx512m}: see RESULTS.md. Arguments: [csvRows] [xlsxRows] [directory].
 */
public final class TabularThroughput {

    private static final String[] FAMILY = {"Koné", "Traoré", "Diarra", "Keïta", "Coulibaly", "Sidibé", "Dembélé", "Touré"};
    private static final String[] GIVEN = {"Aïssata", "Oumar", "Moussa", "Fanta", "Sékou", "Awa", "Mamadou", "Kadiatou"};
    private static final String[] COMMUNE = {"Kayes", "Nioro du Sahel", "Diéma", "Yélimané", "Bafoulabé", "Kita"};

    public static void main(String[] args) throws IOException {
        int csvRows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int xlsxRows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("sira-throughput");
        // The generated CSV is larger than the 50 MB default on purpose: this measures the reader.
        TabularLimits limits = TabularLimits.defaults().withMaxFileBytes(1L << 30);

        Path csv = dir.resolve("persons-" + csvRows + ".csv");
        if (!Files.exists(csv)) {
            writeCsv(csv, csvRows);
        }
        Path xlsx = dir.resolve("persons-" + xlsxRows + ".xlsx");
        if (!Files.exists(xlsx)) {
            writeXlsx(xlsx, xlsxRows);
        }
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        measure("CSV read", csv, limits, false);
        measure("CSV read+parse", csv, limits, true);
        measure("XLSX read", xlsx, limits, false);
        measure("XLSX read+parse", xlsx, limits, true);
    }

    private static void measure(String label, Path file, TabularLimits limits, boolean parse) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long rows = 0;
        long invalid = 0;
        try (TabularFile tabular = TabularFile.open(file, limits)) {
            HeaderMapping mapping = HeaderMatcher.match(tabular.header());
            SexParser sex = new SexParser();
            BirthDateParser birth = new BirthDateParser(Clock.systemDefaultZone());
            PhoneParser phone = new PhoneParser();
            var iterator = tabular.iterator();
            while (iterator.hasNext()) {
                TabularRow row = iterator.next();
                rows++;
                if (parse) {
                    boolean bad = sex.parse(mapping.text(row, ImportField.SEX).orElse("")).isInvalid()
                            | birth.parse(mapping.text(row, ImportField.BIRTH_DATE).orElse("")).isInvalid()
                            | phone.parse(mapping.text(row, ImportField.PHONE).orElse("")).isInvalid();
                    invalid += bad ? 1 : 0;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%-16s %,10d rows  %6.2f s  %,10.0f rows/s  peak heap (sum of pool peaks) %4d MB  file %d MB%s%n",
                label, rows, seconds, rows / seconds, peak >> 20, Files.exists(file) ? sizeMb(file) : 0,
                parse ? "  invalid rows " + invalid : "");
    }

    private static long sizeMb(Path file) {
        try {
            return Files.size(file) >> 20;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void writeCsv(Path file, int rows) throws IOException {
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nom;prenoms;sexe;date_naissance;telephone;commune_origine;reference_externe\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
                out.write(FAMILY[random.nextInt(FAMILY.length)] + ";" + GIVEN[random.nextInt(GIVEN.length)] + ";"
                        + (random.nextBoolean() ? "M" : "F") + ";"
                        + "%02d/%02d/%d".formatted(birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()) + ";"
                        + "76 %02d %02d %02d".formatted(random.nextInt(100), random.nextInt(100), random.nextInt(100)) + ";"
                        + COMMUNE[random.nextInt(COMMUNE.length)] + ";REF-" + i + "\r\n");
            }
        }
    }

    /** Written as Excel writes: a shared strings table, dates as styled numbers, phones as numbers. */
    private static void writeXlsx(Path file, int rows) throws IOException {
        Random random = new Random(2);
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100, true, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Feuil1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var header = sheet.createRow(0);
            String[] headings = {"Nom", "Prénoms", "Sexe", "Date de naissance", "Téléphone", "Commune d'origine", "Référence"};
            for (int c = 0; c < headings.length; c++) {
                header.createCell(c).setCellValue(headings[c]);
            }
            for (int i = 1; i <= rows; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue(FAMILY[random.nextInt(FAMILY.length)]);
                row.createCell(1).setCellValue(GIVEN[random.nextInt(GIVEN.length)]);
                row.createCell(2).setCellValue(random.nextBoolean() ? "M" : "F");
                var birth = row.createCell(3);
                birth.setCellValue(LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                birth.setCellStyle(date);
                row.createCell(4).setCellValue(76_000_000 + random.nextInt(1_000_000));
                row.createCell(5).setCellValue(COMMUNE[random.nextInt(COMMUNE.length)]);
                row.createCell(6).setCellValue("REF-" + i);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
