package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.reintegration.SupportGroupView;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportGroupRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 10);
    private final UUID awa = UUID.randomUUID();
    private final UUID oumou = UUID.randomUUID();
    private final SupportGroupView.Member awaMember = new SupportGroupView.Member(UUID.randomUUID(), awa, "SIR-1", "A", "Awa",
            START, LocalDate.of(2025, 3, 1));
    private final SupportGroupView.Member oumouMember = new SupportGroupView.Member(UUID.randomUUID(), oumou, "SIR-2", "B", "Oumou",
            LocalDate.of(2025, 2, 15), null);

    private SupportGroup group(boolean active) {
        return SupportGroup.of(new SupportGroupView(UUID.randomUUID(), "G", "F", "P", START, active, 0,
                List.of(oumouMember, awaMember), List.of()));
    }

    @Test
    void onlyThoseWhoWereMembersOnTheDayOfTheSessionArePresent() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(group(true).present(LocalDate.of(2025, 2, 1), List.of(awa, awa), errors)).containsExactly(awaMember.id());
        assertThat(errors).isEmpty();
        group(true).present(LocalDate.of(2025, 2, 1), List.of(oumou), errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("present[0]");
        errors.clear();
        assertThat(group(true).present(LocalDate.of(2025, 3, 1), List.of(awa, oumou), errors)).hasSize(2);
        group(true).present(LocalDate.of(2025, 3, 2), List.of(awa), errors);
        assertThat(errors).hasSize(1);
    }

    @Test
    void nobodyJoinsTwiceAtOnceNorBeforeTheStartNorAGroupThatEnded() {
        assertThatThrownBy(() -> group(true).join(oumou, LocalDate.of(2025, 4, 1))).hasMessage("support-group.already-member");
        group(true).join(awa, LocalDate.of(2025, 4, 1));
        assertThatThrownBy(() -> group(true).join(UUID.randomUUID(), START.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> group(false).join(UUID.randomUUID(), START)).hasMessage("support-group.inactive");
        assertThatThrownBy(() -> group(false).holdSession(START)).hasMessage("support-group.inactive");
    }

    @Test
    void aMemberLeavesOnceAndNotBeforeJoining() {
        assertThatThrownBy(() -> group(true).leave(awaMember.id(), LocalDate.of(2025, 4, 1))).hasMessage("support-group.already-left");
        assertThatThrownBy(() -> group(true).leave(oumouMember.id(), LocalDate.of(2025, 2, 1))).isInstanceOf(InvalidInputException.class);
        assertThat(group(true).leave(oumouMember.id(), LocalDate.of(2025, 2, 15))).isEqualTo(oumouMember);
        assertThatThrownBy(() -> group(true).leave(UUID.randomUUID(), LocalDate.of(2025, 2, 15)))
                .isInstanceOf(org.sira.shared.NotFoundException.class);
    }
}
