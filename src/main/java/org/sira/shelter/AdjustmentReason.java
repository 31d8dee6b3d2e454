package org.sira.shelter;

/** Why a balance changes other than by a receipt or an issue. Only a count may raise it. */
public enum AdjustmentReason {
    LOST, EXPIRED, DAMAGED, COUNT_CORRECTION
}
