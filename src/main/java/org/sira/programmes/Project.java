package org.sira.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A donor's project: its period and budget lines. */
public record Project(UUID id, UUID donorId, String donorName, String name, LocalDate from, LocalDate to, List<BudgetLine> lines) {

    /** What a line of the budget may spend, in XOF. */
    public record BudgetLine(UUID id, String name, long budgetXof) {
    }
}
