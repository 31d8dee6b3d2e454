package org.sira.casework;

import org.sira.casework.internal.FollowUp;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A follow-up's outcome is recorded once, on a day that has come. */
class FollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    private static FollowUp open() {
        return FollowUp.of(new FollowUpView(UUID.randomUUID(), UUID.randomUUID(), null, "MONTH_3", TODAY, FollowUpStatus.OPEN,
                null, null, null, 0));
    }

    @Test
    void anOutcomeClosesAnOpenFollowUp() {
        FollowUp followUp = open();
        followUp.recordOutcome(FollowUpOutcome.NOT_REACHABLE, TODAY, TODAY);
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(followUp.outcome()).isEqualTo(FollowUpOutcome.NOT_REACHABLE);
        assertThat(followUp.doneOn()).isEqualTo(TODAY);
    }

    @Test
    void aSecondOutcomeIsRefused() {
        FollowUp followUp = open();
        followUp.recordOutcome(FollowUpOutcome.REACHED, TODAY, TODAY);
        assertThatThrownBy(() -> followUp.recordOutcome(FollowUpOutcome.MOVED, TODAY, TODAY)).isInstanceOf(DomainException.class)
                .isNotInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOutcomeOnADayToComeIsRefused() {
        assertThatThrownBy(() -> open().recordOutcome(FollowUpOutcome.REACHED, TODAY.plusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyADeathOrANewDepartureEndsThePersonsOtherFollowUps() {
        assertThat(FollowUpOutcome.DECEASED.endsFollowUps()).isTrue();
        assertThat(FollowUpOutcome.RE_MIGRATED.endsFollowUps()).isTrue();
        assertThat(FollowUpOutcome.MOVED.endsFollowUps()).isFalse();
        assertThat(FollowUpOutcome.NOT_REACHABLE.endsFollowUps()).isFalse();
    }
}
