package org.sira.matching;

import java.util.List;

/**
 * A record that may be the same person as the one queried.
 *
 * @param weight   total evidence in bits (sum of the field weights)
 * @param score    the evidence as a probability-like number in [0,1]
 * @param evidence per-field explanation, strongest evidence first
 */
public record Candidate(String recordId, Verdict verdict, double score, double weight, List<FieldEvidence> evidence) {
    public Candidate {
        evidence = List.copyOf(evidence);
    }
}
