package org.sira.casework;

/** Where a promise of the case plan stands. Done and dropped are final: a new item says what comes next. */
public enum PlanItemStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    public boolean isFinal() {
        return this == DONE || this == DROPPED;
    }

    /** Forward, or back from in progress to planned; never out of done or dropped. */
    public boolean mayBecome(PlanItemStatus next) {
        return !isFinal() && next != this;
    }
}
