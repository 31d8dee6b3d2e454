package org.sira.matching;

/** How well two records agree on one field, from strongest to weakest. */
public enum Agreement {
    /** Same value as written (after accents and case), or same day of birth. */
    EXACT,
    /** Accepted variant: same canonical name, or dates consistent at the coarser precision. */
    VARIANT,
    /** Names people use for one another without being the same name (Fatoumata / Fanta). */
    RELATED,
    /** Sounds alike but neither is a known spelling of the other. */
    PHONETIC,
    /** Looks like a typing slip: small edit distance, close birth year. */
    TYPO,
    /** Values that differ. */
    DISAGREE,
    /** One side has no value: no evidence either way. */
    MISSING
}
