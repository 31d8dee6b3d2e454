package org.sira.shelter;

import org.sira.shelter.internal.AgeAtCheckIn;
import org.sira.shelter.internal.Journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.shared.ConflictException;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a journey home, without Spring. */
class JourneyTest {

    private static Journey.Plan plan(Journey.PaymentMode mode, String reference, String escort) {
        return new Journey.Plan("Kayes", "Kayes", null, "Bafoulabé", "Bani Transport", LocalDate.of(2026, 1, 12), "T-1", 12_500,
                5_000, mode, reference, escort);
    }

    @Test
    void aMinorOrPossibleMinorTravelsWithAnEscortAndMobileMoneyKeepsItsReference() {
        assertThatThrownBy(() -> Journey.plan(UUID.randomUUID(), UUID.randomUUID(), plan(Journey.PaymentMode.MOBILE_MONEY, " ", null),
                AgeAtCheckIn.POSSIBLE_MINOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("paymentReference", "escort"));
        Journey adult = Journey.plan(UUID.randomUUID(), UUID.randomUUID(), plan(Journey.PaymentMode.CASH, null, null), AgeAtCheckIn.ADULT);
        assertThat(adult.status()).isEqualTo(Journey.Status.PLANNED);
        assertThat(adult.totalCostXof()).isEqualTo(17_500);
    }

    @Test
    void aJourneyDepartsOnceAndItsConfirmationCallFallsDueAWeekLater() {
        Journey planned = Journey.plan(UUID.randomUUID(), UUID.randomUUID(), plan(Journey.PaymentMode.MOBILE_MONEY, "OM-778812", "Moussa"),
                AgeAtCheckIn.MINOR);
        Journey departed = planned.depart(Instant.parse("2026-01-12T06:00:00Z"));
        assertThat(departed.callDue()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThatThrownBy(() -> departed.depart(Instant.parse("2026-01-13T06:00:00Z"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> planned.callMade(true, "ok", Instant.now())).isInstanceOf(ConflictException.class);

        Journey confirmed = departed.callMade(true, " Bien arrivé chez son oncle ", Instant.parse("2026-01-19T10:00:00Z"));
        assertThat(confirmed.status()).isEqualTo(Journey.Status.ARRIVAL_CONFIRMED);
        assertThat(confirmed.callResult()).isEqualTo("Bien arrivé chez son oncle");
        assertThat(departed.callMade(false, "", Instant.now()).status()).isEqualTo(Journey.Status.NOT_REACHED);
    }
}
