package org.sira.reintegration;

/** A mediation is open until it is closed with its outcome; a closed one takes nothing more. */
public enum MediationStatus {
    OPEN, CLOSED
}
