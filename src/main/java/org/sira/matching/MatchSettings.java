package org.sira.matching;

import java.util.List;

/**
 * Configuration of a {@link MatchIndex}.
 *
 * @param priorLog2Odds    log2 of the odds that a compared pair is the same person before looking at it;
 *                         turns the summed weight into a score: score = 1 / (1 + 2^-(weight + prior))
 * @param matchScore       score from which a candidate is a MATCH
 * @param possibleScore    score from which a candidate is POSSIBLE
 * @param maxBlockSize     blocks larger than this are skipped (their records are still reached by other keys)
 * @param maxCandidates    how many candidates a query returns at most
 * @param extraFieldNames  the {@link MatchRecord#extraFields()} to compare, in order
 * @param matchMargin      bits by which a MATCH must be ahead of the best candidate that is another person
 *                         (see {@link ClearLeadRule})
 */
public record MatchSettings(MatchWeights weights, double priorLog2Odds, double matchScore, double possibleScore,
        int maxBlockSize, int maxCandidates, List<String> extraFieldNames, double matchMargin) {

    public MatchSettings {
        if (!(possibleScore > 0 && possibleScore <= matchScore && matchScore < 1)) {
            throw new IllegalArgumentException("Need 0 < possibleScore <= matchScore < 1");
        }
        extraFieldNames = List.copyOf(extraFieldNames);
        if (matchMargin < 0) {
            throw new IllegalArgumentException("Need matchMargin >= 0");
        }
    }

    public static MatchSettings defaults() {
        return new MatchSettings(MatchWeights.malianDefaults(), -14, 0.955, 0.20, 20_000, 10, List.of(),
                ClearLeadRule.DEFAULT_MARGIN);
    }

    public MatchSettings withWeights(MatchWeights newWeights) {
        return new MatchSettings(newWeights, priorLog2Odds, matchScore, possibleScore, maxBlockSize, maxCandidates,
                extraFieldNames, matchMargin);
    }

    public MatchSettings withThresholds(double prior, double match, double possible) {
        return new MatchSettings(weights, prior, match, possible, maxBlockSize, maxCandidates, extraFieldNames,
                matchMargin);
    }

    public MatchSettings withExtraFields(List<String> names) {
        return new MatchSettings(weights, priorLog2Odds, matchScore, possibleScore, maxBlockSize, maxCandidates, names,
                matchMargin);
    }

    /** The same settings with another {@link #matchMargin()}. */
    public MatchSettings withMatchMargin(double bits) {
        return new MatchSettings(weights, priorLog2Odds, matchScore, possibleScore, maxBlockSize, maxCandidates,
                extraFieldNames, bits);
    }

    double score(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -(weight + priorLog2Odds)));
    }

    /** The summed weight at which the score reaches {@code score}. */
    double weightFor(double score) {
        return Math.log(score / (1 - score)) / Math.log(2) - priorLog2Odds;
    }

    Verdict verdict(double score) {
        if (score >= matchScore) {
            return Verdict.MATCH;
        }
        return score >= possibleScore ? Verdict.POSSIBLE : Verdict.NONE;
    }
}
