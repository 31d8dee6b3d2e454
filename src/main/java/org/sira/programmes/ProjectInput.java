package org.sira.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A project as the API sends it: donor, name, period, budget lines. */
public record ProjectInput(@NotNull UUID donorId, @NotBlank @Size(max = 200) String name, @NotNull LocalDate from,
                           @NotNull LocalDate to, @NotEmpty @Size(max = 50) List<@Valid LineInput> lines) {

    public record LineInput(@NotBlank @Size(max = 200) String name, @NotNull @PositiveOrZero @Max(1_000_000_000_000L) Long budgetXof) {
    }
}
