package org.sira.casework;

/** Where a referral stands: sent to the partner, accepted or refused by them, or done. Refused and done are final. */
public enum ReferralStatus {
    SENT, ACCEPTED, REFUSED, DONE;

    /** Whether a referral in this status may move to {@code next}. */
    public boolean mayBecome(ReferralStatus next) {
        return switch (this) {
            case SENT -> next == ACCEPTED || next == REFUSED || next == DONE;
            case ACCEPTED -> next == DONE;
            case REFUSED, DONE -> false;
        };
    }
}
