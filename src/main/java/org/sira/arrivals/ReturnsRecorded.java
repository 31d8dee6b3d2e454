package org.sira.arrivals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Returns were recorded (one from a page or the API, a manifest's decisions, or a whole batch of an
 * import); published inside the transaction that wrote them, once per batch, so that whoever
 * reacts (the follow-ups) writes its own rows in bulk and with them or not at all.
 */
public record ReturnsRecorded(List<Recorded> returns) {

    public ReturnsRecorded {
        returns = List.copyOf(returns);
    }

    /** One return: which, whose, and when the person arrived. */
    public record Recorded(UUID returnId, UUID personId, LocalDate arrivalDate) {
    }
}
