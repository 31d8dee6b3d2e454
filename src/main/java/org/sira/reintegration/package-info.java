/**
 * Reintegration scores: the scoring method (data, versioned, in {@code resources/reintegration}),
 * assessments of a person with their raw answers, and the scores over time.
 */
package org.sira.reintegration;
