package org.sira.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Sira's MatchIndex against Duke 1.2 (record-linkage mode, Lucene 4 RAMDirectory) on FEBRL4 a↔b and on the
 * synthetic Malian manifest-vs-registry task. Run from /work/h-duke (data paths are ../shared/...).
 * Arguments: optional first seed and number of seeds for the Malian task (default 101, 5).
 */
public final class DukeComparison {

    static final double DUKE_THRESHOLD = 0.85;
    static final int DUKE_MAX_SEARCH_HITS = 100;

    /** Counts of a one-to-one (best candidate per query record) linkage. */
    record Counts(int truePairs, int predicted, int correct) {
        double precision() { return predicted == 0 ? 1 : (double) correct / predicted; }
        double recall() { return truePairs == 0 ? 1 : (double) correct / truePairs; }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        Counts plus(Counts o) { return new Counts(truePairs + o.truePairs, predicted + o.predicted, correct + o.correct); }
    }

    record Row(String dataset, String engine, Counts counts, double seconds) {
    }

    private static final LowerCaseNormalizeCleaner CLEAN = new LowerCaseNormalizeCleaner();

    public static void main(String[] args) throws Exception {
        long firstSeed = args.length > 0 ? Long.parseLong(args[0]) : 101;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Row> rows = new ArrayList<>();

        // ---------- FEBRL4 ----------
        List<MatchRecord> a = FebrlLinkage.read(FebrlLinkage.DIRECTORY.resolve("febrl_dataset4a.csv"));
        List<MatchRecord> b = FebrlLinkage.read(FebrlLinkage.DIRECTORY.resolve("febrl_dataset4b.csv"));
        long t0 = System.nanoTime();
        Counts siraFebrl = siraBest(a, b, FebrlLinkage.settings(), FebrlLinkage::entity, FebrlLinkage::entity);
        rows.add(new Row("FEBRL4 4a<->4b", "Sira MatchIndex", siraFebrl, (System.nanoTime() - t0) / 1e9));
        System.out.println("done: " + rows.get(rows.size() - 1));

        List<Record> da = readFebrlForDuke(FebrlLinkage.DIRECTORY.resolve("febrl_dataset4a.csv"));
        List<Record> db = readFebrlForDuke(FebrlLinkage.DIRECTORY.resolve("febrl_dataset4b.csv"));
        for (boolean keyLookup : new boolean[] {false, true}) {
            t0 = System.nanoTime();
            Map<String, String> dukeLinks = dukeLink(febrlProperties(keyLookup), da, db);
            int correct = 0;
            for (Map.Entry<String, String> e : dukeLinks.entrySet()) {
                correct += FebrlLinkage.entity(e.getKey()).equals(FebrlLinkage.entity(e.getValue())) ? 1 : 0;
            }
            rows.add(new Row("FEBRL4 4a<->4b", dukeName(keyLookup), new Counts(db.size(), dukeLinks.size(), correct),
                    (System.nanoTime() - t0) / 1e9));
            System.out.println("done: " + rows.get(rows.size() - 1));
        }

        // ---------- Malian synthetic manifests ----------
        Counts siraMali = new Counts(0, 0, 0);
        Counts[] dukeMali = {new Counts(0, 0, 0), new Counts(0, 0, 0)};
        double siraSeconds = 0;
        double[] dukeSeconds = new double[2];
        ManifestQuality pairQuality = new ManifestQuality(0, 0, 0, 0, 0, 0, 0);
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            SyntheticPopulation.Scenario s = new SyntheticPopulation(seed).registryAndManifest(20_000, 180, 0.4);
            Map<String, Integer> person = new HashMap<>();
            Set<Integer> registered = new HashSet<>();
            List<MatchRecord> registry = new ArrayList<>();
            List<MatchRecord> manifest = new ArrayList<>();
            for (SyntheticPopulation.Labelled l : s.registry()) {
                person.put(l.record().id(), l.personId());
                registered.add(l.personId());
                registry.add(l.record());
            }
            for (SyntheticPopulation.Labelled l : s.manifest()) {
                person.put(l.record().id(), l.personId());
                manifest.add(l.record());
            }
            int linkable = (int) s.manifest().stream().filter(l -> registered.contains(l.personId())).count();

            t0 = System.nanoTime();
            MatchIndex index = new MatchIndex(MatchSettings.defaults(), registry.size());
            registry.forEach(index::add);
            int predicted = 0;
            int ok = 0;
            for (MatchRecord q : manifest) {
                List<Candidate> c = index.query(q);
                if (!c.isEmpty() && c.get(0).verdict() == Verdict.MATCH) {
                    predicted++;
                    ok += person.get(c.get(0).recordId()).equals(person.get(q.id())) ? 1 : 0;
                }
            }
            double sSec = (System.nanoTime() - t0) / 1e9;
            siraSeconds += sSec;
            Counts sc = new Counts(linkable, predicted, ok);
            siraMali = siraMali.plus(sc);

            ManifestQuality mq = ManifestQuality.measure(s, MatchSettings.defaults());
            pairQuality = pairQuality.plus(mq);

            List<Record> dr = new ArrayList<>();
            registry.forEach(r -> dr.add(maliForDuke(r)));
            List<Record> dm = new ArrayList<>();
            manifest.forEach(r -> dm.add(maliForDuke(r)));
            System.out.printf(Locale.ROOT, "seed %d: linkable=%d | Sira predicted=%d correct=%d %.2fs%n",
                    seed, linkable, sc.predicted(), sc.correct(), sSec);
            for (int v = 0; v < 2; v++) {
                t0 = System.nanoTime();
                Map<String, String> links = dukeLink(maliProperties(v == 1), dr, dm);
                int dOk = 0;
                for (Map.Entry<String, String> e : links.entrySet()) {
                    dOk += person.get(e.getKey()).equals(person.get(e.getValue())) ? 1 : 0;
                }
                double dSec = (System.nanoTime() - t0) / 1e9;
                dukeSeconds[v] += dSec;
                Counts dc = new Counts(linkable, links.size(), dOk);
                dukeMali[v] = dukeMali[v].plus(dc);
                System.out.printf(Locale.ROOT, "  %s predicted=%d correct=%d %.2fs%n", dukeName(v == 1), dc.predicted(),
                        dc.correct(), dSec);
            }
            System.out.println("  Sira pair-based (ManifestQuality): " + mq);
        }
        String mali = "Mali synthetic, seeds " + firstSeed + "-" + (firstSeed + seeds - 1);
        rows.add(new Row(mali, "Sira MatchIndex", siraMali, siraSeconds));
        rows.add(new Row(mali, dukeName(false), dukeMali[0], dukeSeconds[0]));
        rows.add(new Row(mali, dukeName(true), dukeMali[1], dukeSeconds[1]));

        System.out.println();
        System.out.println("| dataset | engine | true pairs | predicted | correct | precision | recall | F1 | wall time (s) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.4f | %.4f | %.4f | %.2f |%n", r.dataset(), r.engine(),
                    r.counts().truePairs(), r.counts().predicted(), r.counts().correct(), r.counts().precision(),
                    r.counts().recall(), r.counts().f1(), r.seconds());
        }
        System.out.println();
        System.out.println("Sira pair-based figures on the Malian task (all seeds, as LinkageQualityTest): " + pairQuality);
    }

    static String dukeName(boolean keyLookup) {
        return keyLookup ? "Duke 1.2 (lookup=true on key fields)" : "Duke 1.2 (default lookup choice)";
    }

    /** Sira: index the first list, query each record of the second, keep the best candidate if MATCH. */
    static Counts siraBest(List<MatchRecord> indexed, List<MatchRecord> queries, MatchSettings settings,
            java.util.function.Function<String, String> entityOfIndexed, java.util.function.Function<String, String> entityOfQuery) {
        MatchIndex index = new MatchIndex(settings, indexed.size());
        indexed.forEach(index::add);
        int predicted = 0;
        int correct = 0;
        for (MatchRecord q : queries) {
            List<Candidate> c = index.query(q);
            if (!c.isEmpty() && c.get(0).verdict() == Verdict.MATCH) {
                predicted++;
                correct += entityOfIndexed.apply(c.get(0).recordId()).equals(entityOfQuery.apply(q.id())) ? 1 : 0;
            }
        }
        return new Counts(queries.size(), predicted, correct);
    }

    // ---------------- Duke ----------------

    static Property prop(String name, Comparator c, double low, double high) {
        return new PropertyImpl(name, c, low, high);
    }

    /** With keyLookup, the property is explicitly a Lucene lookup key (Duke's lookup="true"); else Duke's default choice. */
    static Property key(Property p, boolean keyLookup) {
        if (keyLookup) {
            ((PropertyImpl) p).setLookupBehaviour(Property.Lookup.TRUE);
        }
        return p;
    }

    static List<Property> febrlProperties(boolean keyLookup) {
        List<Property> p = new ArrayList<>();
        p.add(new PropertyImpl("ID"));
        p.add(key(prop("GIVEN", new JaroWinkler(), 0.2, 0.85), keyLookup));
        p.add(key(prop("SURNAME", new JaroWinkler(), 0.15, 0.9), keyLookup));
        p.add(prop("STREETNO", new ExactComparator(), 0.4, 0.6));
        p.add(key(prop("ADDRESS1", new Levenshtein(), 0.3, 0.7), keyLookup));
        p.add(prop("ADDRESS2", new Levenshtein(), 0.45, 0.6));
        p.add(key(prop("SUBURB", new JaroWinkler(), 0.3, 0.7), keyLookup));
        p.add(key(prop("POSTCODE", new ExactComparator(), 0.35, 0.7), keyLookup));
        p.add(prop("STATE", new ExactComparator(), 0.4, 0.55));
        p.add(key(prop("DOB", new ExactComparator(), 0.25, 0.9), keyLookup));
        p.add(key(prop("SSN", new ExactComparator(), 0.2, 0.95), keyLookup));
        return p;
    }

    static List<Property> maliProperties(boolean keyLookup) {
        List<Property> p = new ArrayList<>();
        p.add(new PropertyImpl("ID"));
        p.add(key(prop("FAMILY", new JaroWinkler(), 0.2, 0.8), keyLookup));
        p.add(key(prop("GIVEN", new JaroWinkler(), 0.2, 0.85), keyLookup));
        p.add(prop("SEX", new ExactComparator(), 0.1, 0.55));
        p.add(key(prop("DOB", new ExactComparator(), 0.3, 0.9), keyLookup));
        p.add(prop("BIRTHYEAR", new ExactComparator(), 0.3, 0.6));
        p.add(prop("FATHER", new JaroWinkler(), 0.3, 0.7));
        p.add(key(prop("MOTHER", new JaroWinkler(), 0.3, 0.7), keyLookup));
        p.add(prop("REGION", new ExactComparator(), 0.4, 0.55));
        p.add(key(prop("COMMUNE", new JaroWinkler(), 0.4, 0.65), keyLookup));
        p.add(key(prop("VILLAGE", new JaroWinkler(), 0.4, 0.7), keyLookup));
        p.add(key(prop("PHONE", new ExactComparator(), 0.4, 0.9), keyLookup));
        p.add(key(prop("DOC", new ExactComparator(), 0.2, 0.95), keyLookup));
        return p;
    }

    /** Duke record linkage: group 1 indexed in a RAM Lucene index, best match per group-2 record. Returns group2Id -> group1Id. */
    static Map<String, String> dukeLink(List<Property> properties, List<Record> group1, List<Record> group2) {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(properties);
        config.setThreshold(DUKE_THRESHOLD);
        DataSource s1 = new InMemoryDataSource(group1);
        DataSource s2 = new InMemoryDataSource(group2);
        config.addDataSource(1, s1);
        config.addDataSource(2, s2);
        System.out.println("  Duke lookup properties: " + config.getLookupProperties());
        LuceneDatabase database = new LuceneDatabase(); // no path: Lucene RAMDirectory
        database.setMaxSearchHits(DUKE_MAX_SEARCH_HITS);
        config.setDatabase(database);
        database.setConfiguration(config);
        Set<String> ids1 = new HashSet<>();
        group1.forEach(r -> ids1.add(r.getValue("ID")));
        Map<String, String> links = new HashMap<>();
        Processor processor = new Processor(config, database);
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record r1, Record r2, double confidence) {
                String x = r1.getValue("ID");
                String y = r2.getValue("ID");
                if (ids1.contains(x) && !ids1.contains(y)) {
                    links.put(y, x);
                } else if (ids1.contains(y) && !ids1.contains(x)) {
                    links.put(x, y);
                }
            }
        });
        // matchall=false: Duke reports only the best candidate above the threshold for each group-2 record.
        processor.link(List.of(s1), List.of(s2), false, 40_000);
        processor.close();
        return links;
    }

    static void put(RecordImpl r, String property, String value) {
        if (value == null) {
            return;
        }
        String v = CLEAN.clean(value);
        if (v != null && !v.isBlank()) {
            r.addValue(property, v.strip());
        }
    }

    static List<Record> readFebrlForDuke(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Record> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            RecordImpl r = new RecordImpl();
            r.addValue("ID", f[0].strip());
            put(r, "GIVEN", f[1]);
            put(r, "SURNAME", f[2]);
            put(r, "STREETNO", f[3]);
            put(r, "ADDRESS1", f[4]);
            put(r, "ADDRESS2", f[5]);
            put(r, "SUBURB", f[6]);
            put(r, "POSTCODE", f[7]);
            put(r, "STATE", f[8]);
            put(r, "DOB", f[9]);
            put(r, "SSN", f[10]);
            out.add(r);
        }
        return out;
    }

    static Record maliForDuke(MatchRecord m) {
        RecordImpl r = new RecordImpl();
        r.addValue("ID", m.id());
        put(r, "FAMILY", m.familyName());
        put(r, "GIVEN", m.givenNames());
        put(r, "SEX", m.sex());
        if (m.birthDate() != null) {
            if ("DAY".equals(m.birthDatePrecision())) {
                put(r, "DOB", m.birthDate().toString());
            }
            put(r, "BIRTHYEAR", Integer.toString(m.birthDate().getYear()));
        }
        put(r, "FATHER", m.fatherGivenName());
        put(r, "MOTHER", m.motherName());
        put(r, "REGION", m.originRegion());
        put(r, "COMMUNE", m.originCommune());
        put(r, "VILLAGE", m.village());
        if (m.phone() != null) {
            String digits = m.phone().replaceAll("[^0-9]", "");
            put(r, "PHONE", digits.length() > 8 ? digits.substring(digits.length() - 8) : digits);
        }
        put(r, "DOC", m.documentNumber());
        return r;
    }
}
