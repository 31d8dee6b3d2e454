package org.sira.reintegration;

/**
 * One group of the outcome comparison: how many persons it holds and the mean of their composite
 * score at about 12 months; both null when the group is suppressed (fewer than 5 persons, or the
 * group hidden beside one so that it cannot be worked out by difference).
 */
public record OutcomeGroup(String code, Integer n, Double meanComposite, boolean suppressed) {
}
