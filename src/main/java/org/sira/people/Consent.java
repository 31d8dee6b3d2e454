package org.sira.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** Whether the person gave or refused consent, when, recorded by whom, and for which purposes. */
public record Consent(Status status, LocalDate date, String recordedBy, Set<ConsentPurpose> purposes) {

    public enum Status { GIVEN, REFUSED }

    public Consent {
        Objects.requireNonNull(status, "status");
        purposes = status == Status.REFUSED ? Set.of() : Set.copyOf(purposes);
    }
}
