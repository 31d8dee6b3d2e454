package org.sira.casework;

/** What came of a follow-up contact. Deceased and re-migrated end the person's other open follow-ups. */
public enum FollowUpOutcome {
    REACHED, NOT_REACHABLE, MOVED, RE_MIGRATED, DECEASED;

    /** Whether the person's other open follow-ups are pointless after this one. */
    public boolean endsFollowUps() {
        return this == RE_MIGRATED || this == DECEASED;
    }
}
