package org.sira.reintegration;

/** Whom the returnee is at odds with: the family, or the village or neighbourhood. */
public enum MediationKind {
    FAMILY, COMMUNITY
}
