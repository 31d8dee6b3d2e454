package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.util.List;

import org.sira.reintegration.TrainingStatus;
import org.sira.shared.FieldError;

/** The rules of a training's dates and statuses, each a field error with its own message. */
public final class TrainingRules {

    private TrainingRules() {
    }

    /** A training as recorded: it ends on or after its start; a completed one has ended, on a day already past. */
    public static void check(TrainingStatus status, LocalDate startsOn, LocalDate endsOn, LocalDate today, List<FieldError> errors) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "reintegration.training.ends-before-start"));
        }
        if (status == TrainingStatus.COMPLETED) {
            if (endsOn == null) {
                errors.add(new FieldError("endsOn", "reintegration.training.completed-needs-end"));
            } else if (endsOn.isAfter(today)) {
                errors.add(new FieldError("endsOn", "reintegration.training.completed-in-future"));
            }
        }
    }

    /** Only an enrolled training ends, and it ends completed or dropped out. */
    public static void checkEnd(TrainingStatus from, TrainingStatus to, List<FieldError> errors) {
        if (to == TrainingStatus.ENROLLED) {
            errors.add(new FieldError("status", "reintegration.training.end-status"));
        } else if (to != null && from != TrainingStatus.ENROLLED) {
            errors.add(new FieldError("status", "reintegration.training.already-ended", from));
        }
    }
}
