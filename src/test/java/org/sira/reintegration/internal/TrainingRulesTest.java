package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.reintegration.TrainingStatus;
import org.sira.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static List<String> check(TrainingStatus status, String starts, String ends) {
        List<FieldError> errors = new ArrayList<>();
        TrainingRules.check(status, LocalDate.parse(starts), ends == null ? null : LocalDate.parse(ends), TODAY, errors);
        return errors.stream().map(FieldError::messageKey).toList();
    }

    @Test
    void aTrainingEndsOnOrAfterItsStart() {
        assertThat(check(TrainingStatus.ENROLLED, "2026-03-01", "2026-02-28")).containsExactly("reintegration.training.ends-before-start");
        assertThat(check(TrainingStatus.ENROLLED, "2026-03-01", "2026-03-01")).isEmpty();
        assertThat(check(TrainingStatus.ENROLLED, "2026-09-01", "2026-12-01")).isEmpty();
    }

    @Test
    void aCompletedTrainingHasAnEndAlreadyPast() {
        assertThat(check(TrainingStatus.COMPLETED, "2026-03-01", null)).containsExactly("reintegration.training.completed-needs-end");
        assertThat(check(TrainingStatus.COMPLETED, "2026-03-01", "2026-06-16")).containsExactly("reintegration.training.completed-in-future");
        assertThat(check(TrainingStatus.COMPLETED, "2026-03-01", "2026-06-15")).isEmpty();
        assertThat(check(TrainingStatus.DROPPED_OUT, "2026-03-01", null)).isEmpty();
    }

    @Test
    void onlyAnEnrolledTrainingEndsAndItEndsCompletedOrDroppedOut() {
        List<FieldError> errors = new ArrayList<>();
        TrainingRules.checkEnd(TrainingStatus.ENROLLED, TrainingStatus.COMPLETED, errors);
        TrainingRules.checkEnd(TrainingStatus.ENROLLED, TrainingStatus.DROPPED_OUT, errors);
        assertThat(errors).isEmpty();
        TrainingRules.checkEnd(TrainingStatus.ENROLLED, TrainingStatus.ENROLLED, errors);
        TrainingRules.checkEnd(TrainingStatus.COMPLETED, TrainingStatus.DROPPED_OUT, errors);
        TrainingRules.checkEnd(TrainingStatus.DROPPED_OUT, TrainingStatus.COMPLETED, errors);
        assertThat(errors).extracting(FieldError::messageKey).containsExactly("reintegration.training.end-status",
                "reintegration.training.already-ended", "reintegration.training.already-ended");
    }
}
