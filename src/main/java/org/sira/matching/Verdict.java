package org.sira.matching;

/** What a caseworker should do with a candidate. */
public enum Verdict {
    /** Almost certainly the same person. */
    MATCH,
    /** Could be the same person: show to a caseworker. */
    POSSIBLE,
    /** Not enough evidence. */
    NONE
}
