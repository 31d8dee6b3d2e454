package org.sira.casework.internal;

import org.sira.casework.CaseView;

import java.util.Objects;

import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;

/**
 * A person's case (named so beside Java's {@code case}). Put on hold and resumed freely while not
 * closed; closed only in two steps: someone asks, with a reason, and a coordinator approves.
 */
public final class CaseFile {

    public static final int MIN_REASON = 10;

    private CaseStatus status;
    private String closureReason;
    private String closureRequestedBy;
    private String closureApprovedBy;

    private CaseFile(CaseStatus status, String closureReason, String closureRequestedBy) {
        this.status = Objects.requireNonNull(status);
        this.closureReason = closureReason;
        this.closureRequestedBy = closureRequestedBy;
    }

    public static CaseFile opened() {
        return new CaseFile(CaseStatus.OPEN, null, null);
    }

    public static CaseFile of(CaseView stored) {
        return new CaseFile(stored.status(), stored.closureReason(), stored.closureRequestedBy());
    }

    public void hold() {
        requireStatus(CaseStatus.OPEN);
        status = CaseStatus.ON_HOLD;
    }

    public void resume() {
        requireStatus(CaseStatus.ON_HOLD);
        status = CaseStatus.OPEN;
    }

    /** Asks for the case to be closed, for this reason; nothing closes until a coordinator approves. */
    public void requestClosure(String reason, String by) {
        if (status == CaseStatus.CLOSED) {
            throw new DomainException("case.status.not-allowed", status);
        }
        String given = reason == null ? "" : reason.strip();
        if (given.length() < MIN_REASON) {
            throw InvalidInputException.of("reason", "case.closure.reason", MIN_REASON);
        }
        closureReason = given;
        closureRequestedBy = by;
    }

    /**
     * Closes the case whose closure was asked for. {@code mayApprove}: the approver holds the
     * coordinator's right; without it, or without a request, the case stays as it is.
     */
    public void approveClosure(String approver, boolean mayApprove) {
        if (!mayApprove) {
            throw new DomainException("case.closure.needs-approval");
        }
        if (status == CaseStatus.CLOSED || closureRequestedBy == null) {
            throw new DomainException("case.closure.not-requested");
        }
        closureApprovedBy = approver;
        status = CaseStatus.CLOSED;
    }

    private void requireStatus(CaseStatus expected) {
        if (status != expected) {
            throw new DomainException("case.status.not-allowed", status);
        }
    }

    public CaseStatus status() {
        return status;
    }

    public String closureReason() {
        return closureReason;
    }

    public String closureRequestedBy() {
        return closureRequestedBy;
    }

    public String closureApprovedBy() {
        return closureApprovedBy;
    }
}
