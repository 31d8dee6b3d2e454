package org.sira.matching;

/** Two records of the index that look like the same person, found by {@link MatchIndex#deduplicate()}. */
public record DuplicatePair(String firstId, String secondId, Verdict verdict, double score) {
}
