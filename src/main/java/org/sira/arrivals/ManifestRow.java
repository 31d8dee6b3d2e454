package org.sira.arrivals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A staged row of a manifest, its candidates, and what was decided about it. */
public record ManifestRow(UUID id, UUID groupId, int row, String familyName, String givenNames, String sex,
                          LocalDate birthDate, String birthPrecision, String fatherGivenName, String motherName,
                          String originRegion, String originCommune, String phone, String documentNumber,
                          String externalRef, List<String> errors, Integer sameAsRow, String bestVerdict, Status status,
                          UUID personId, String decidedBy, int version, List<StagedCandidate> candidates) {

    public enum Status {
        /** Waiting for a decision. */
        PENDING,
        /** The row is a person already known: their return was added. */
        LINKED,
        /** The row is someone new: registered with their return. */
        NEW_PERSON,
        /** The row repeats another row of the same manifest. */
        DUPLICATE,
        /** The row could not be read; it stays out of the group. */
        INVALID
    }

    /** A known person the row may be. */
    public record StagedCandidate(UUID personId, String fileNumber, String externalRef, double score, String verdict,
                                  String evidence) {
    }

    public boolean doubtful() {
        return status == Status.PENDING && ("POSSIBLE".equals(bestVerdict) || sameAsRow != null
                || candidates.stream().filter(c -> "MATCH".equals(c.verdict())).count() > 1);
    }

    public boolean confident() {
        return status == Status.PENDING && "MATCH".equals(bestVerdict) && sameAsRow == null
                && candidates.stream().filter(c -> "MATCH".equals(c.verdict())).count() == 1;
    }

    public String fullName() {
        return ((familyName == null ? "" : familyName.toUpperCase(java.util.Locale.ROOT)) + " "
                + (givenNames == null ? "" : givenNames)).strip();
    }
}
