package org.sira.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sira.matching.SyntheticPopulation.Labelled;

/**
 * Prints every wrong MATCH of night lists with its explanation, the true record (if any) beside it, and
 * the other candidates: what the night figures count, to be read. Arguments as {@link NightFigures}.
 */
public final class NightErrors {

    private NightErrors() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int registry = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int list = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        for (int seed = first; seed < first + seeds; seed++) {
            NightConditions night = new NightConditions(seed);
            SyntheticPopulation.Scenario scenario = night.registryAndList(registry, list, 0.4);
            MatchIndex index = new MatchIndex(MatchSettings.defaults(), scenario.registry().size());
            Map<String, Labelled> byId = new HashMap<>();
            Map<Integer, List<String>> recordsOf = new HashMap<>();
            for (Labelled l : scenario.registry()) {
                index.add(l.record());
                byId.put(l.record().id(), l);
                recordsOf.computeIfAbsent(l.personId(), k -> new ArrayList<>()).add(l.record().id());
            }
            for (Labelled row : scenario.manifest()) {
                List<Candidate> candidates = index.query(row.record());
                for (Candidate c : candidates) {
                    if (c.verdict() == Verdict.MATCH && byId.get(c.recordId()).personId() != row.personId()) {
                        System.out.printf("WRONG MATCH seed %d weight %.1f%n  Q %s%n  C %s%n  %s%n", seed, c.weight(),
                                row.record(), byId.get(c.recordId()).record(), c.evidence());
                        for (String trueId : recordsOf.getOrDefault(row.personId(), List.of())) {
                            Candidate t = index.compareWith(trueId, row.record());
                            System.out.printf("  TRUE %.1f %s%n    %s%n", t.weight(), byId.get(trueId).record(), t.evidence());
                        }
                        for (Candidate o : candidates) {
                            if (o != c) {
                                System.out.printf("  OTHER %s %.1f same=%s %s%n", o.verdict(), o.weight(),
                                        byId.get(o.recordId()).personId() == row.personId(), byId.get(o.recordId()).record());
                            }
                        }
                    }
                }
            }
        }
    }
}
