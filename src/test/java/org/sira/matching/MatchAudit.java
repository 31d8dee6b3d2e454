package org.sira.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints every MATCH of synthetic lists, right or wrong, with what corroborated it ("(yr)": a birth year
 * that does not count where namesakes crowd), the lead over the next candidate, the mother's weight and the
 * fields that weighed: to find what separates wrong MATCHes from right ones. Arguments: "night" or
 * "ordinary", number of seeds, first seed, registry size, list size.
 */
public final class MatchAudit {

    private MatchAudit() {
    }

    public static void main(String[] args) {
        boolean night = args[0].equals("night");
        int seeds = Integer.parseInt(args[1]);
        int first = Integer.parseInt(args[2]);
        int registry = Integer.parseInt(args[3]);
        int list = Integer.parseInt(args[4]);
        for (int seed = first; seed < first + seeds; seed++) {
            SyntheticPopulation.Scenario scenario = night ? new NightConditions(seed).registryAndList(registry, list, 0.4)
                    : new SyntheticPopulation(seed).registryAndManifest(registry, list, 0.4);
            MatchIndex index = new MatchIndex(MatchSettings.defaults(), scenario.registry().size());
            Map<String, Integer> person = new HashMap<>();
            for (SyntheticPopulation.Labelled l : scenario.registry()) {
                index.add(l.record());
                person.put(l.record().id(), l.personId());
            }
            boolean crowded = index.namesakesCrowd();
            for (SyntheticPopulation.Labelled row : scenario.manifest()) {
                List<Candidate> candidates = index.query(row.record());
                for (Candidate c : candidates) {
                    if (c.verdict() == Verdict.MATCH) {
                        double second = candidates.stream().filter(o -> o != c).mapToDouble(Candidate::weight).max().orElse(0);
                        System.out.printf(Locale.ROOT, "%s seed=%d ok=%s crowded=%s w=%.1f lead=%.1f %s%n", args[0], seed,
                                person.get(c.recordId()) == row.personId(), crowded, c.weight(), c.weight() - second, describe(c));
                    }
                }
            }
        }
    }

    private static String describe(Candidate c) {
        StringBuilder corroborating = new StringBuilder();
        StringBuilder weighed = new StringBuilder();
        double mother = 0;
        for (FieldEvidence e : c.evidence()) {
            if (e.field().equals(MatchField.MOTHER.label())) {
                mother = e.weight();
            }
            if (CorroborationRule.corroborated(List.of(e), false)) {
                corroborating.append(e.field()).append(':').append(e.agreement())
                        .append(e.field().equals(MatchField.BIRTH_DATE.label()) && !CorroborationRule.corroborated(List.of(e), true)
                                ? "(yr)" : "").append(',');
            }
            if (e.agreement() != Agreement.MISSING && e.weight() != 0) {
                weighed.append(e.field()).append(',');
            }
        }
        return String.format(Locale.ROOT, "mother=%.1f corr=%s weighed=%s", mother, corroborating, weighed);
    }
}
