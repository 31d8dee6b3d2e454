package org.sira.reports;

import java.util.List;
import java.util.Map;

/**
 * Casework and reintegration in a period: referrals sent, by partner and where they stand now;
 * follow-ups due, done or overdue, and what they found; reintegration scores by dimension, month by
 * month and by the kind of the return before the assessment. Mediations closed in the period by outcome, and persons
 * who completed a training in the period by sector.
 *
 * With an arrival point or a project, only the persons who arrived through it (any of their returns)
 * or whom the project reached (see {@link ReportProject}).
 *
 * @param referralsByStatus referrals sent in the period by their status now (every status listed)
 * @param referralsOpen of those, sent or accepted and not yet done
 * @param followUps follow-ups due in the period
 * @param followUpOutcomes what the follow-ups done in the period found, by outcome (every outcome listed)
 * @param reMigrationReported follow-ups done in the period that found the person had left again
 * @param scoresByMonth assessments of the period by month ({@code 2024-03}), averages on 0–100
 * @param scoresByReturnKind the same by kind of the person's last return on or before the assessment ({@code unknown}: none)
 * @param mediationOutcomes mediations closed in the period by outcome (every outcome listed)
 * @param trainings persons who completed a training in the period, by sector
 */
public record CaseworkReport(ReportPeriod period, String arrivalPoint, ReportProject project, Map<String, Long> referralsByStatus, long referralsOpen,
                             List<Partner> referralsByPartner, FollowUps followUps, Map<String, Long> followUpOutcomes,
                             long reMigrationReported, List<Scores> scoresByMonth, List<Scores> scoresByReturnKind,
                             Map<String, Long> mediationOutcomes, Map<String, Long> trainings) {

    /** Referrals sent to one partner, by status now. */
    public record Partner(String partner, Map<String, Long> byStatus, long total) {
    }

    /**
     * @param due due in the period
     * @param done of those, done
     * @param overdue still open and due before today
     * @param upcoming still open, due today or later
     * @param cancelled cancelled (the person died or left again)
     */
    public record FollowUps(long due, long done, long overdue, long upcoming, long cancelled) {
    }

    /** Average scores on 0–100 (one decimal) of {@code assessments}; null where no assessment answered the dimension. */
    public record Scores(String key, long assessments, Double economic, Double social, Double psychosocial, Double composite) {
    }
}
