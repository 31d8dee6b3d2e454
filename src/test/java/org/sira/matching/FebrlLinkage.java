package org.sira.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links FEBRL dataset 4a to 4b (rec-N-org ↔ rec-N-dup-0), a public benchmark of Australian-style
 * records, through the same {@link MatchIndex}. Address fields go through the generic extra fields.
 */
final class FebrlLinkage {

    /** A copy kept in the test resources (see {@code febrl/SOURCE.md}), so a clone anywhere reads it. */
    static final Path DIRECTORY = Path.of("src", "test", "resources", "febrl");
    static final List<String> EXTRA_FIELDS = List.of("streetNumber", "address1", "address2", "postcode");

    /** Counts of a one-to-one linkage against the truth. */
    record Result(int truePairs, int predicted, int correct) {
        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return (double) correct / truePairs;
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pairs=%d predicted=%d correct=%d precision=%.4f recall=%.4f F1=%.4f",
                    truePairs, predicted, correct, precision(), recall(), f1());
        }
    }

    static MatchSettings settings() {
        return MatchSettings.defaults().withExtraFields(EXTRA_FIELDS);
    }

    static Result link(MatchSettings settings) {
        List<MatchRecord> a = read(DIRECTORY.resolve("febrl_dataset4a.csv"));
        List<MatchRecord> b = read(DIRECTORY.resolve("febrl_dataset4b.csv"));
        MatchIndex index = new MatchIndex(settings, a.size());
        a.forEach(index::add);
        int predicted = 0;
        int correct = 0;
        for (MatchRecord record : b) {
            List<Candidate> candidates = index.query(record);
            // One-to-one linkage: only the best candidate can be the partner.
            if (!candidates.isEmpty() && candidates.get(0).verdict() == Verdict.MATCH) {
                predicted++;
                correct += entity(candidates.get(0).recordId()).equals(entity(record.id())) ? 1 : 0;
            }
        }
        return new Result(b.size(), predicted, correct);
    }

    static String entity(String recId) {
        return recId.substring(0, recId.indexOf('-', 4));
    }

    static List<MatchRecord> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<MatchRecord> records = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                if (f[1].isEmpty() && f[2].isEmpty()) {
                    f[1] = "?";
                }
                records.add(MatchRecord.builder(f[0])
                        .name(f[2], f[1])
                        .born(date(f[9]), "DAY")
                        .origin(f[8], f[6], null)
                        .document(f[10])
                        .extra("streetNumber", f[3].isEmpty() ? null : f[3])
                        .extra("address1", f[4].isEmpty() ? null : f[4])
                        .extra("address2", f[5].isEmpty() ? null : f[5])
                        .extra("postcode", f[7].isEmpty() ? null : f[7])
                        .build());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Run from the project directory: " + file.toAbsolutePath(), e);
        }
    }

    private static LocalDate date(String yyyymmdd) {
        if (yyyymmdd.length() != 8) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    public static void main(String[] args) {
        System.out.println("FEBRL4 a↔b: " + link(settings()));
    }
}
