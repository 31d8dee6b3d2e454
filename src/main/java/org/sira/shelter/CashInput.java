package org.sira.shelter;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sira.shelter.internal.Journey;

/**
 * Cash for each of these persons, as the API and the cash page send it. The amount comes as
 * written ({@code 12500}, {@code "12 500"}) and is read by {@link CashAmount}; the mobile money
 * transaction reference is required for mobile money.
 */
public record CashInput(@NotNull UUID centreId, @NotNull @Size(max = 40) String amountXof,
                        @NotNull Journey.PaymentMode paymentMode, @Size(max = 60) String transactionReference,
                        @NotNull UUID projectLineId, @Size(max = 200) String purpose,
                        @NotEmpty @Size(max = 2000) List<@NotNull UUID> personIds) {
}
