package org.sira.reintegration;

/** How a mediation ended; reports count them. */
public enum MediationOutcome {
    RECONCILED, PARTIAL, FAILED
}
