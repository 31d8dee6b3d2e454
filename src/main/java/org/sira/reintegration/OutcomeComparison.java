package org.sira.reintegration;

import java.time.LocalDate;
import java.util.List;

/**
 * The composite score at about 12 months after a return, compared between persons who completed a
 * training and those who did not, and between kinds of return. One score per person: that of her
 * latest return arrived in {@code from..to} that has an assessment within {@code minMonths..maxMonths}
 * after the arrival (before any next return), the one closest to {@code targetMonths}.
 */
public record OutcomeComparison(LocalDate from, LocalDate to, int targetMonths, int minMonths, int maxMonths, int minimumGroup,
                                List<OutcomeGroup> byTraining, List<OutcomeGroup> byReturnKind) {

    public static final String COMPLETED_TRAINING = "COMPLETED_TRAINING";
    public static final String NO_COMPLETED_TRAINING = "NO_COMPLETED_TRAINING";

    public OutcomeComparison {
        byTraining = List.copyOf(byTraining);
        byReturnKind = List.copyOf(byReturnKind);
    }
}
