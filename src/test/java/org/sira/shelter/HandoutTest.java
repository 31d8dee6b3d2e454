package org.sira.shelter;

import org.sira.shelter.internal.Handout;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sira.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stock is never silently negative: what a distribution may take, without Spring. */
class HandoutTest {

    private final List<UUID> five = Stream.generate(UUID::randomUUID).limit(5).toList();

    @Test
    void everyoneIsServedWhenTheStockCoversThemAll() {
        Handout handout = Handout.of(10, 2, five, false, "MEAL");
        assertThat(handout.served()).isEqualTo(five);
        assertThat(handout.shortfall()).isEmpty();
        assertThat(handout.taken()).isEqualTo(10);
    }

    @Test
    void tooLittleStockIsAConflictSayingWhatIsAvailableAndNobodyIsServed() {
        assertThatThrownBy(() -> Handout.of(9, 2, five, false, "MEAL"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.details()).containsEntry("available", 9L));
    }

    @Test
    void withAShortfallAllowedThoseServedWhileStockLastsComeFirstAndTheRestAreListed() {
        Handout handout = Handout.of(5, 2, five, true, "MEAL");
        assertThat(handout.served()).isEqualTo(five.subList(0, 2));
        assertThat(handout.shortfall()).isEqualTo(five.subList(2, 5));
        assertThat(handout.taken()).isEqualTo(4).isLessThanOrEqualTo(5);
        assertThat(Handout.of(0, 1, five, true, "MEAL").served()).isEmpty();
    }
}
