package org.sira.reintegration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A business supported: its plan, the grants charged to budget lines, and its status at each follow-up, latest last. */
public record BusinessPlan(UUID id, UUID personId, String activity, EconomicSector sector, String summary, LocalDate plannedOn,
                           BusinessStatus status, LocalDate statusOn, int version, List<Grant> grants, List<StatusRecord> statuses) {

    public BusinessPlan {
        grants = List.copyOf(grants);
        statuses = List.copyOf(statuses);
    }

    public long grantedXof() {
        return grants.stream().mapToLong(Grant::amountXof).sum();
    }

    public record Grant(UUID id, GrantKind kind, long amountXof, UUID projectLineId, LocalDate grantedOn, String description) {
    }

    public record StatusRecord(UUID id, BusinessStatus status, LocalDate notedOn, UUID followUpId, String note) {
    }
}
