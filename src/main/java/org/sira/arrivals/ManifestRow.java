package org.sira.arrivals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sira.shared.FieldError;

/**
 * A staged row of a manifest, its candidates, and what was decided about it. As a reader sees it
 * ({@link #seenWithout}), candidates the reader may not see are left out and {@code withheld} says
 * so; the person a decided row names is left out too.
 */
public record ManifestRow(UUID id, UUID groupId, int row, String familyName, String givenNames, String sex,
                          LocalDate birthDate, String birthPrecision, String fatherGivenName, String motherName,
                          String originRegion, String originCommune, String phone, String documentNumber,
                          String externalRef, List<FieldError> errors, Integer sameAsRow, String bestVerdict, Status status,
                          UUID personId, String decidedBy, int version, List<StagedCandidate> candidates,
                          boolean withheld) {

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

    /**
     * The row as a reader who may not see {@code hidden} persons sees it: without them as
     * candidates or as the person it was decided to be.
     */
    public ManifestRow seenWithout(java.util.Set<UUID> hidden) {
        List<StagedCandidate> shown = candidates.stream().filter(c -> !hidden.contains(c.personId())).toList();
        boolean left = shown.size() < candidates.size();
        return new ManifestRow(id, groupId, row, familyName, givenNames, sex, birthDate, birthPrecision, fatherGivenName,
                motherName, originRegion, originCommune, phone, documentNumber, externalRef, errors, sameAsRow,
                left ? null : bestVerdict, status, personId != null && hidden.contains(personId) ? null : personId, decidedBy,
                version, shown, withheld || left);
    }

    /**
     * Waiting for someone who may see every candidate: a candidate is hidden from this reader, so
     * neither "new person" nor "same as the candidates shown" is theirs to decide.
     */
    public boolean reserved() {
        return status == Status.PENDING && withheld;
    }

    /** Waiting for a decision with nothing known of it: no candidate, no row like it, none withheld. */
    public boolean unknown() {
        return status == Status.PENDING && candidates.isEmpty() && sameAsRow == null && !withheld;
    }

    public boolean doubtful() {
        return status == Status.PENDING && !withheld && ("POSSIBLE".equals(bestVerdict) || sameAsRow != null
                || candidates.stream().filter(c -> "MATCH".equals(c.verdict())).count() > 1);
    }

    public boolean confident() {
        return status == Status.PENDING && !withheld && "MATCH".equals(bestVerdict) && sameAsRow == null
                && candidates.stream().filter(c -> "MATCH".equals(c.verdict())).count() == 1;
    }

    public String fullName() {
        return ((familyName == null ? "" : familyName.toUpperCase(java.util.Locale.ROOT)) + " "
                + (givenNames == null ? "" : givenNames)).strip();
    }
}
