package org.sira.reintegration.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sira.reintegration.MediationOutcome;
import org.sira.reintegration.MediationStatus;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediationRulesTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 2, 1);

    @Test
    void anOpenMediationTakesSessionsFromItsOpeningDayOn() {
        Mediation mediation = new Mediation(MediationStatus.OPEN, OPENED, null);
        mediation.holdSession(OPENED);
        assertThatThrownBy(() -> mediation.holdSession(OPENED.minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.invalid-input");
    }

    @Test
    void closingRecordsTheOutcomeAndThenRefusesEverything() {
        Mediation mediation = new Mediation(MediationStatus.OPEN, OPENED, OPENED.plusDays(5));
        mediation.close(MediationOutcome.PARTIAL, OPENED.plusDays(5));
        assertThat(mediation.status()).isEqualTo(MediationStatus.CLOSED);
        assertThat(mediation.outcome()).isEqualTo(MediationOutcome.PARTIAL);
        assertThatThrownBy(() -> mediation.holdSession(OPENED.plusDays(6))).isInstanceOf(DomainException.class)
                .hasMessage("mediation.is-closed");
        assertThatThrownBy(mediation::addParty).hasMessage("mediation.is-closed");
        assertThatThrownBy(() -> mediation.close(MediationOutcome.FAILED, OPENED.plusDays(7))).hasMessage("mediation.is-closed");
    }

    @Test
    void aMediationCannotCloseBeforeItsLastSession() {
        Mediation mediation = new Mediation(MediationStatus.OPEN, OPENED, OPENED.plusDays(10));
        assertThatThrownBy(() -> mediation.close(MediationOutcome.RECONCILED, OPENED.plusDays(9)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("mediation.closed-before-session"));
        assertThat(mediation.status()).isEqualTo(MediationStatus.OPEN);
    }
}
