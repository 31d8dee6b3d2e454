package org.sira.shelter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sira.shelter.internal.Journey;

/**
 * Cash given in one action: the same amount to each person, how it was paid, the budget line it
 * is charged to. {@code repeated} when the same request had already been done (nothing given twice).
 */
public record CashHandout(UUID id, UUID centreId, long amountEachXof, Journey.PaymentMode paymentMode,
                          String transactionReference, UUID projectLineId, String purpose, List<UUID> given, long totalXof,
                          Instant givenAt, String givenBy, boolean repeated) {

    public CashHandout again() {
        return new CashHandout(id, centreId, amountEachXof, paymentMode, transactionReference, projectLineId, purpose, given,
                totalXof, givenAt, givenBy, true);
    }
}
