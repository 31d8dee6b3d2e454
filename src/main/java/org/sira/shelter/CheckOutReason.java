package org.sira.shelter;

/** Why a stay ended. */
public enum CheckOutReason {
    JOURNEY_HOME, FAMILY_CAME, HOSPITAL, LEFT_WITHOUT_NOTICE, OTHER
}
