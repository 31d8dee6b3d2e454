package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.util.Objects;

import org.sira.reintegration.MediationOutcome;
import org.sira.reintegration.MediationStatus;
import org.sira.reintegration.MediationView;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;

/**
 * A mediation's rules: sessions and parties are added while it is open, never dated before it was
 * opened; it is closed once, with an outcome, on a day no earlier than its last session; after
 * that it takes nothing more.
 */
public final class Mediation {

    private final LocalDate openedOn;
    private final LocalDate lastSession;
    private MediationStatus status;
    private MediationOutcome outcome;
    private LocalDate closedOn;

    public Mediation(MediationStatus status, LocalDate openedOn, LocalDate lastSession) {
        this.status = Objects.requireNonNull(status);
        this.openedOn = Objects.requireNonNull(openedOn);
        this.lastSession = lastSession;
    }

    public static Mediation of(MediationView stored) {
        LocalDate last = stored.sessions().stream().map(MediationView.Session::date).max(LocalDate::compareTo).orElse(null);
        return new Mediation(stored.status(), stored.openedOn(), last);
    }

    /** Checks that a session held on {@code date} (null: not known yet) may be added. */
    public void holdSession(LocalDate date) {
        requireOpen();
        if (date != null && date.isBefore(openedOn)) {
            throw InvalidInputException.of("date", "mediation.before-opening", openedOn);
        }
    }

    /** Checks that one more party may sit at the table. */
    public void addParty() {
        requireOpen();
    }

    public void close(MediationOutcome outcome, LocalDate on) {
        requireOpen();
        if (on.isBefore(openedOn)) {
            throw InvalidInputException.of("closedOn", "mediation.before-opening", openedOn);
        }
        if (lastSession != null && on.isBefore(lastSession)) {
            throw InvalidInputException.of("closedOn", "mediation.closed-before-session", lastSession);
        }
        this.outcome = Objects.requireNonNull(outcome);
        this.closedOn = on;
        this.status = MediationStatus.CLOSED;
    }

    private void requireOpen() {
        if (status != MediationStatus.OPEN) {
            throw new DomainException("mediation.is-closed");
        }
    }

    public MediationStatus status() {
        return status;
    }

    public MediationOutcome outcome() {
        return outcome;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
