package org.sira.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts from linking a manifest to a registry, measured against the known truth; ratios on demand so
 * that several manifests can be added up.
 */
record ManifestQuality(int rows, int trueLinks, int linksOffered, int linksMatched, int matchLinks,
        int correctMatchLinks, int rowsToReview) {

    static ManifestQuality measure(SyntheticPopulation.Scenario scenario, MatchSettings settings) {
        MatchIndex index = new MatchIndex(settings, scenario.registry().size());
        Map<Integer, Set<String>> recordsOfPerson = new HashMap<>();
        Map<String, Integer> personOfRecord = new HashMap<>();
        for (SyntheticPopulation.Labelled labelled : scenario.registry()) {
            index.add(labelled.record());
            recordsOfPerson.computeIfAbsent(labelled.personId(), k -> new HashSet<>()).add(labelled.record().id());
            personOfRecord.put(labelled.record().id(), labelled.personId());
        }
        int trueLinks = 0;
        int offered = 0;
        int matchLinks = 0;
        int correctMatchLinks = 0;
        int review = 0;
        for (SyntheticPopulation.Labelled row : scenario.manifest()) {
            List<Candidate> candidates = index.query(row.record());
            trueLinks += recordsOfPerson.getOrDefault(row.personId(), Set.of()).size();
            boolean anyMatch = false;
            boolean anyPossible = false;
            for (Candidate c : candidates) {
                boolean same = personOfRecord.get(c.recordId()) == row.personId();
                anyMatch |= c.verdict() == Verdict.MATCH;
                anyPossible |= c.verdict() == Verdict.POSSIBLE;
                if (c.verdict() == Verdict.MATCH) {
                    matchLinks++;
                    correctMatchLinks += same ? 1 : 0;
                }
                if (same && c.verdict() != Verdict.NONE) {
                    offered++;
                }
            }
            if (anyPossible && !anyMatch) {
                review++;
            }
        }
        return new ManifestQuality(scenario.manifest().size(), trueLinks, offered, correctMatchLinks, matchLinks,
                correctMatchLinks, review);
    }

    ManifestQuality plus(ManifestQuality o) {
        return new ManifestQuality(rows + o.rows, trueLinks + o.trueLinks, linksOffered + o.linksOffered,
                linksMatched + o.linksMatched, matchLinks + o.matchLinks, correctMatchLinks + o.correctMatchLinks,
                rowsToReview + o.rowsToReview);
    }

    /** Share of MATCH links that are the same person. */
    double matchPrecision() {
        return matchLinks == 0 ? 1 : (double) correctMatchLinks / matchLinks;
    }

    /** Share of true links offered as MATCH or POSSIBLE. */
    double linksFound() {
        return trueLinks == 0 ? 1 : (double) linksOffered / trueLinks;
    }

    /** Share of true links given as MATCH. */
    double matchRecall() {
        return trueLinks == 0 ? 1 : (double) linksMatched / trueLinks;
    }

    /** Share of manifest rows with a POSSIBLE but no MATCH: the caseworkers' review load. */
    double reviewShare() {
        return (double) rowsToReview / rows;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "rows=%d trueLinks=%d matchLinks=%d | MATCH precision=%.3f | links found (MATCH+POSSIBLE)=%.3f "
                        + "| MATCH recall=%.3f | rows to review=%.3f",
                rows, trueLinks, matchLinks, matchPrecision(), linksFound(), matchRecall(), reviewShare());
    }
}
