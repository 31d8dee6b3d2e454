package org.sira.arrivals.internal;

import jakarta.validation.constraints.Size;

/** What the person standing there says of a row the list got wrong: names, sex, date of birth as typed. */
public record RowCorrection(@Size(max = 100) String familyName, @Size(max = 200) String givenNames, @Size(max = 20) String sex,
                            @Size(max = 20) String birthDate) {
}
