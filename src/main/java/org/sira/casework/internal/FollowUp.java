package org.sira.casework.internal;

import org.sira.casework.FollowUpOutcome;
import org.sira.casework.FollowUpStatus;
import org.sira.casework.FollowUpView;

import java.time.LocalDate;
import java.util.Objects;

import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;

/** A planned contact with a person: open until its outcome is recorded, once. */
public final class FollowUp {

    private FollowUpStatus status;
    private FollowUpOutcome outcome;
    private LocalDate doneOn;

    private FollowUp(FollowUpStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public static FollowUp of(FollowUpView stored) {
        return new FollowUp(stored.status());
    }

    /** The contact took place (or was tried) on {@code on}, which cannot be after {@code today}. */
    public void recordOutcome(FollowUpOutcome what, LocalDate on, LocalDate today) {
        if (status != FollowUpStatus.OPEN) {
            throw new DomainException("follow-up.closed", status);
        }
        if (on.isAfter(today)) {
            throw InvalidInputException.of("date", "follow-up.date.future");
        }
        this.outcome = Objects.requireNonNull(what);
        this.doneOn = on;
        this.status = FollowUpStatus.DONE;
    }

    public FollowUpStatus status() {
        return status;
    }

    public FollowUpOutcome outcome() {
        return outcome;
    }

    public LocalDate doneOn() {
        return doneOn;
    }
}
