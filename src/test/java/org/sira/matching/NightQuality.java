package org.sira.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.matching.SyntheticPopulation.Labelled;

/**
 * Linking a night list to its registry, measured against the truth and against the ceiling of
 * {@link NightConditions#findable}: how many true links the data allow to be found at all.
 */
record NightQuality(int rows, int trueLinks, int findableLinks, int matchLinks, int correctMatchLinks,
        int linksOffered, int findableOffered, int findableMatched, int rowsToReview) {

    static NightQuality measure(NightConditions night, SyntheticPopulation.Scenario scenario, MatchSettings settings) {
        MatchIndex index = new MatchIndex(settings, scenario.registry().size());
        Map<Integer, List<Labelled>> recordsOfPerson = new HashMap<>();
        Map<String, List<Labelled>> byTrueNames = new HashMap<>();
        Map<String, Integer> personOfRecord = new HashMap<>();
        for (Labelled labelled : scenario.registry()) {
            index.add(labelled.record());
            recordsOfPerson.computeIfAbsent(labelled.personId(), k -> new ArrayList<>()).add(labelled);
            byTrueNames.computeIfAbsent(night.trueNames(labelled), k -> new ArrayList<>()).add(labelled);
            personOfRecord.put(labelled.record().id(), labelled.personId());
        }
        NightQuality q = new NightQuality(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Labelled row : scenario.manifest()) {
            List<Candidate> candidates = index.query(row.record());
            List<Labelled> truths = recordsOfPerson.getOrDefault(row.personId(), List.of());
            int findable = 0;
            int offered = 0;
            int findableOffered = 0;
            int findableMatched = 0;
            for (Labelled truth : truths) {
                boolean canBeFound = night.findable(row, truth, byTrueNames.getOrDefault(night.trueNames(row), List.of()));
                findable += canBeFound ? 1 : 0;
                Verdict verdict = candidates.stream().filter(c -> c.recordId().equals(truth.record().id()))
                        .map(Candidate::verdict).findFirst().orElse(Verdict.NONE);
                offered += verdict != Verdict.NONE ? 1 : 0;
                findableOffered += canBeFound && verdict != Verdict.NONE ? 1 : 0;
                findableMatched += canBeFound && verdict == Verdict.MATCH ? 1 : 0;
            }
            int matches = 0;
            int correct = 0;
            for (Candidate c : candidates) {
                if (c.verdict() == Verdict.MATCH) {
                    matches++;
                    correct += personOfRecord.get(c.recordId()) == row.personId() ? 1 : 0;
                }
            }
            boolean review = matches == 0 && candidates.stream().anyMatch(c -> c.verdict() == Verdict.POSSIBLE);
            q = q.plus(new NightQuality(1, truths.size(), findable, matches, correct, offered, findableOffered,
                    findableMatched, review ? 1 : 0));
        }
        return q;
    }

    NightQuality plus(NightQuality o) {
        return new NightQuality(rows + o.rows, trueLinks + o.trueLinks, findableLinks + o.findableLinks,
                matchLinks + o.matchLinks, correctMatchLinks + o.correctMatchLinks, linksOffered + o.linksOffered,
                findableOffered + o.findableOffered, findableMatched + o.findableMatched, rowsToReview + o.rowsToReview);
    }

    double matchPrecision() {
        return matchLinks == 0 ? 1 : (double) correctMatchLinks / matchLinks;
    }

    /** Share of the true links that the data allow to be found at all: the ceiling. */
    double ceiling() {
        return trueLinks == 0 ? 1 : (double) findableLinks / trueLinks;
    }

    /** Findable links given as MATCH, over the findable links. */
    double matchRecallOfCeiling() {
        return findableLinks == 0 ? 1 : (double) findableMatched / findableLinks;
    }

    /** Findable links offered as MATCH or POSSIBLE, over the findable links. */
    double linksFoundOfCeiling() {
        return findableLinks == 0 ? 1 : (double) findableOffered / findableLinks;
    }

    /** True links offered as MATCH or POSSIBLE, over all true links. */
    double linksFound() {
        return trueLinks == 0 ? 1 : (double) linksOffered / trueLinks;
    }

    double reviewShare() {
        return rows == 0 ? 0 : (double) rowsToReview / rows;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "rows=%d trueLinks=%d findable=%d (ceiling %.3f) matchLinks=%d | MATCH precision=%.3f | "
                        + "MATCH recall of ceiling=%.3f | links found of ceiling=%.3f | links found of all=%.3f | rows to review=%.3f",
                rows, trueLinks, findableLinks, ceiling(), matchLinks, matchPrecision(), matchRecallOfCeiling(),
                linksFoundOfCeiling(), linksFound(), reviewShare());
    }
}
