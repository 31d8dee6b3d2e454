package org.sira.reintegration.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.sira.reintegration.OutcomeGroup;

/**
 * Disclosure control of one dimension of the comparison: a group of 1 to 4 persons is hidden; and
 * when that leaves exactly one group hidden, the smallest other non-empty group is hidden too, since
 * the other dimension's groups add up to the same total and would give the hidden one away.
 */
public final class GroupSuppression {

    public static final int MINIMUM = 5;

    private GroupSuppression() {
    }

    /** A group before suppression: its code, how many persons, the sum of their composites. */
    public record Tally(String code, int n, double sum) {
    }

    public static List<OutcomeGroup> apply(List<Tally> tallies) {
        boolean[] hidden = new boolean[tallies.size()];
        int count = 0;
        for (int i = 0; i < tallies.size(); i++) {
            int n = tallies.get(i).n();
            if (n > 0 && n < MINIMUM) {
                hidden[i] = true;
                count++;
            }
        }
        if (count == 1) {
            int smallest = -1;
            for (int i = 0; i < tallies.size(); i++) {
                if (!hidden[i] && tallies.get(i).n() > 0 && (smallest < 0 || tallies.get(i).n() < tallies.get(smallest).n())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            }
        }
        List<OutcomeGroup> groups = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            groups.add(hidden[i] ? new OutcomeGroup(t.code(), null, null, true)
                    : new OutcomeGroup(t.code(), t.n(), t.n() == 0 ? null : round(t.sum() / t.n()), false));
        }
        return groups;
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
