package org.sira.reintegration.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.reintegration.OutcomeGroup;
import org.sira.reintegration.internal.GroupSuppression.Tally;

import static org.assertj.core.api.Assertions.assertThat;

class GroupSuppressionTest {

    @Test
    void groupsOfFiveOrMoreShowTheirCountAndMeanRoundedToFourDecimals() {
        List<OutcomeGroup> groups = GroupSuppression.apply(List.of(new Tally("A", 6, 4.5), new Tally("B", 7, 2.5), new Tally("C", 0, 0)));
        assertThat(groups).containsExactly(new OutcomeGroup("A", 6, 0.75, false), new OutcomeGroup("B", 7, 0.3571, false),
                new OutcomeGroup("C", 0, null, false));
    }

    @Test
    void aGroupUnderFiveIsHiddenWithTheSmallestOtherSoNeitherCanBeWorkedOutByDifference() {
        List<OutcomeGroup> groups = GroupSuppression.apply(List.of(new Tally("A", 9, 4.5), new Tally("B", 4, 2), new Tally("C", 0, 0),
                new Tally("D", 6, 3)));
        assertThat(groups).extracting(OutcomeGroup::suppressed).containsExactly(false, true, false, true);
        assertThat(groups.get(1).n()).isNull();
        assertThat(groups.get(1).meanComposite()).isNull();
        assertThat(groups.get(3).n()).isNull();
    }

    @Test
    void twoSmallGroupsAreHiddenWithoutHidingAThird() {
        List<OutcomeGroup> groups = GroupSuppression.apply(List.of(new Tally("A", 1, 1), new Tally("B", 2, 1), new Tally("C", 5, 2)));
        assertThat(groups).extracting(OutcomeGroup::suppressed).containsExactly(true, true, false);
        assertThat(groups.get(2).meanComposite()).isEqualTo(0.4);
    }

    @Test
    void withTwoGroupsOneSmallGroupHidesBoth() {
        List<OutcomeGroup> groups = GroupSuppression.apply(List.of(new Tally("A", 30, 15), new Tally("B", 3, 1)));
        assertThat(groups).extracting(OutcomeGroup::suppressed).containsExactly(true, true);
    }
}
