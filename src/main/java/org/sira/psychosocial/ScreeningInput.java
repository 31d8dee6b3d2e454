package org.sira.psychosocial;

import java.util.List;

import jakarta.validation.constraints.Size;

/** A screening as sent: the instrument's code ({@code PHQ9}, {@code GAD7}), the day, one answer value per item in order. */
public record ScreeningInput(@Size(max = 40) String instrument, @Size(max = 20) String screenedOn, @Size(max = 100) List<Integer> answers) {
}
