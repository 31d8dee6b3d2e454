package org.sira.reintegration;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the list of groups: current members, sessions held, the last one. */
public record SupportGroupSummary(UUID id, String name, String facilitator, String place, LocalDate startedOn, boolean active,
                                  int members, int sessions, LocalDate lastSession) {
}
