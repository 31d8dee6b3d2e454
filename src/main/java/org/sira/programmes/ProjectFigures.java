package org.sira.programmes;

import java.util.List;

/** A project with what each budget line spent and reached, and the distinct persons its assistance, cash and grants reached. */
public record ProjectFigures(Project project, List<LineSpending> lines, long peopleReached) {

    public long budgetXof() {
        return lines.stream().mapToLong(LineSpending::budgetXof).sum();
    }

    public long spentXof() {
        return lines.stream().mapToLong(LineSpending::spentXof).sum();
    }
}
