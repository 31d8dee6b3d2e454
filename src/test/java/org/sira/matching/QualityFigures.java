package org.sira.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the quality figures on synthetic manifests of several seeds (run from the project directory).
 * Arguments: number of seeds, then "--errors" or "--sweep" or "-", then the first seed.
 * With "--errors" it also prints each wrong MATCH and each row sent to review, with explanations.
 */
public final class QualityFigures {

    private QualityFigures() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean errors = args.length > 1 && args[1].equals("--errors");
        int first = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        if (args.length > 1 && args[1].equals("--sweep")) {
            sweep(first, seeds);
            return;
        }
        ManifestQuality total = new ManifestQuality(0, 0, 0, 0, 0, 0, 0);
        for (int seed = first; seed < first + seeds; seed++) {
            SyntheticPopulation.Scenario scenario = new SyntheticPopulation(seed).registryAndManifest(20_000, 180, 0.4);
            ManifestQuality quality = ManifestQuality.measure(scenario, MatchSettings.defaults());
            total = total.plus(quality);
            System.out.println("seed " + seed + ": " + quality);
            if (errors) {
                printErrors(scenario);
            }
        }
        System.out.println("all seeds: " + total);
    }

    /** Quality for a grid of MATCH / POSSIBLE weight thresholds, to choose the configured ones. */
    private static void sweep(int first, int seeds) {
        MatchSettings base = MatchSettings.defaults();
        if (System.getProperty("cap") != null) {
            base = base.withWeights(base.weights().withFamilyEvidenceCap(Double.parseDouble(System.getProperty("cap"))));
        }
        MatchSettings wide = base.withThresholds(base.priorLog2Odds(), 0.999999, 0.0001);
        List<double[]> rows = new java.util.ArrayList<>(); // per candidate: row, weight, same
        int trueLinks = 0;
        int rowCount = 0;
        for (int seed = first; seed < first + seeds; seed++) {
            SyntheticPopulation.Scenario scenario = new SyntheticPopulation(seed).registryAndManifest(20_000, 180, 0.4);
            MatchIndex index = new MatchIndex(wide, scenario.registry().size());
            Map<String, Integer> person = new HashMap<>();
            Map<Integer, Integer> recordsOf = new HashMap<>();
            for (SyntheticPopulation.Labelled l : scenario.registry()) {
                index.add(l.record());
                person.put(l.record().id(), l.personId());
                recordsOf.merge(l.personId(), 1, Integer::sum);
            }
            for (SyntheticPopulation.Labelled row : scenario.manifest()) {
                trueLinks += recordsOf.getOrDefault(row.personId(), 0);
                for (Candidate c : index.query(row.record())) {
                    rows.add(new double[] {rowCount, c.weight(), person.get(c.recordId()) == row.personId() ? 1 : 0});
                }
                rowCount++;
            }
        }
        for (double match = 16; match <= 22; match += 0.5) {
            for (double possible = 9; possible <= 13; possible += 1) {
                int matchLinks = 0, correct = 0, found = 0;
                java.util.Set<Integer> withMatch = new java.util.HashSet<>(), withPossible = new java.util.HashSet<>();
                for (double[] r : rows) {
                    if (r[1] >= match) {
                        matchLinks++;
                        correct += (int) r[2];
                        withMatch.add((int) r[0]);
                    } else if (r[1] >= possible) {
                        withPossible.add((int) r[0]);
                    }
                    if (r[1] >= Math.min(match, possible)) {
                        found += (int) r[2];
                    }
                }
                withPossible.removeAll(withMatch);
                System.out.printf(java.util.Locale.ROOT, "match>=%.1f possible>=%.0f precision=%.3f found=%.3f recall=%.3f review=%.3f%n",
                        match, possible, (double) correct / matchLinks, (double) found / trueLinks,
                        (double) correct / trueLinks, (double) withPossible.size() / rowCount);
            }
        }
    }

    private static void printErrors(SyntheticPopulation.Scenario scenario) {
        MatchIndex index = new MatchIndex(MatchSettings.defaults(), scenario.registry().size());
        Map<String, SyntheticPopulation.Labelled> byId = new HashMap<>();
        for (SyntheticPopulation.Labelled l : scenario.registry()) {
            index.add(l.record());
            byId.put(l.record().id(), l);
        }
        Map<Integer, List<String>> recordsOf = new HashMap<>();
        for (SyntheticPopulation.Labelled l : scenario.registry()) {
            recordsOf.computeIfAbsent(l.personId(), k -> new java.util.ArrayList<>()).add(l.record().id());
        }
        for (SyntheticPopulation.Labelled row : scenario.manifest()) {
            List<Candidate> candidates = index.query(row.record());
            for (String trueId : recordsOf.getOrDefault(row.personId(), List.of())) {
                boolean matched = candidates.stream().anyMatch(c -> c.recordId().equals(trueId) && c.verdict() == Verdict.MATCH);
                if (!matched) {
                    Candidate c = index.compareWith(trueId, row.record());
                    boolean offered = candidates.stream().anyMatch(x -> x.recordId().equals(trueId));
                    System.out.printf("%s %.3f%n  Q %s%n  C %s%n  %s%n", offered ? "MISSED MATCH (offered)" : "MISSED LINK",
                            c.score(), row.record(), byId.get(trueId).record(), c.evidence());
                }
            }
            boolean anyMatch = candidates.stream().anyMatch(c -> c.verdict() == Verdict.MATCH);
            for (Candidate c : candidates) {
                boolean same = byId.get(c.recordId()).personId() == row.personId();
                boolean wrongMatch = c.verdict() == Verdict.MATCH && !same;
                boolean review = !anyMatch && c.verdict() == Verdict.POSSIBLE;
                if (wrongMatch || review) {
                    System.out.printf("%s same=%s %.3f%n  Q %s%n  C %s%n  %s%n", wrongMatch ? "WRONG MATCH" : "REVIEW",
                            same, c.score(), row.record(), byId.get(c.recordId()).record(), c.evidence());
                }
            }
        }
    }
}
