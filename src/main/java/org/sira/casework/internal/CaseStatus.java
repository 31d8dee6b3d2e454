package org.sira.casework.internal;

/** Open, on hold (no work for now, still the person's case), or closed with a reason a coordinator approved. */
public enum CaseStatus { OPEN, ON_HOLD, CLOSED }
