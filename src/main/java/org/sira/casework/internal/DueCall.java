package org.sira.casework.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the caseworker's weekly list: whom to call, on which number, since when. */
public record DueCall(UUID id, UUID personId, String fileNumber, String familyName, String givenNames, String phone,
                      LocalDate due, String kind, int version) {
}
