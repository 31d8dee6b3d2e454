package org.sira.shelter;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An item for each of these persons, as the API and the distribution page send it. */
public record AssistanceInput(@NotNull UUID centreId, @NotNull @Size(max = 30) String item,
                              @NotNull @Positive Integer quantityEach,
                              @NotEmpty @Size(max = 2000) List<@NotNull UUID> personIds, UUID projectLineId,
                              Boolean allowShortfall) {
}
