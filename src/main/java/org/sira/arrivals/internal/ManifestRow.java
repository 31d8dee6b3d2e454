package org.sira.arrivals.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sira.matching.Verdict;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;

/**
 * A staged row of a manifest, its candidates, and what was decided about it. A pending row is
 * decided once, by one of its verbs ({@link #linkTo}, {@link #registerAsNew}, {@link #markDuplicateOf}),
 * which refuse any other transition. As a reader sees it ({@link #seenWithout}), candidates the
 * reader may not see are left out and {@code withheld} says so; the person a decided row names is
 * left out too.
 */
public record ManifestRow(UUID id, UUID groupId, int row, ListedPerson person, List<FieldError> errors, Integer sameAsRow,
                          Verdict bestVerdict, Status status, UUID personId, String decidedBy, int version,
                          List<StagedCandidate> candidates, boolean withheld) {

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
    public record StagedCandidate(UUID personId, String fileNumber, String externalRef, double score, Verdict verdict,
                                  String evidence) {
    }

    public ManifestRow {
        errors = List.copyOf(errors);
        candidates = List.copyOf(candidates);
    }

    /** A row just read from the file: pending, or invalid when it could not be read. */
    public static ManifestRow staged(UUID groupId, int row, ListedPerson person, List<FieldError> errors) {
        return new ManifestRow(Ids.newId(), groupId, row, person, errors, null, null,
                errors.isEmpty() ? Status.PENDING : Status.INVALID, null, null, 0, List.of(), false);
    }

    /** The row with what staging found: an earlier row it may repeat, and the known persons it may be, best first. */
    public ManifestRow withMatches(Integer sameRow, List<StagedCandidate> found) {
        return new ManifestRow(id, groupId, row, person, errors, sameRow, found.isEmpty() ? null : found.get(0).verdict(),
                status, personId, decidedBy, version, found, withheld);
    }

    /** The staged row under another number (after the rows of the group's earlier lists). */
    public ManifestRow renumbered(int number) {
        return new ManifestRow(id, groupId, number, person, errors, sameAsRow, bestVerdict, status, personId, decidedBy, version,
                candidates, withheld);
    }

    /** "Same person": the row is this known person. */
    public ManifestRow linkTo(UUID knownPerson, String by) {
        return decided(Status.LINKED, knownPerson, by);
    }

    /** "New person": the row is someone the registry did not know, registered now as {@code registered}. */
    public ManifestRow registerAsNew(UUID registered, String by) {
        return decided(Status.NEW_PERSON, registered, by);
    }

    /** "Same as row n": the row repeats another row of this manifest, which must be decided first. */
    public ManifestRow markDuplicateOf(ManifestRow other, String by) {
        if (other.id.equals(id) || other.row == row) {
            throw InvalidInputException.of("row", "manifest.row.duplicate-of-itself");
        }
        if (other.personId == null) {
            throw InvalidInputException.of("row", "manifest.row.undecided", other.row);
        }
        return decided(Status.DUPLICATE, other.personId, by);
    }

    /**
     * The row corrected where it is listed, by the person standing there: what they say replaces
     * what the list said, with {@code problems} still found; its candidates are to be found again.
     */
    public ManifestRow correctedTo(ListedPerson said, List<FieldError> problems) {
        if (status != Status.PENDING && status != Status.INVALID) {
            throw new DomainException("manifest.row.already-decided", row);
        }
        return new ManifestRow(id, groupId, row, said, problems, null, null, problems.isEmpty() ? Status.PENDING : Status.INVALID,
                null, null, version, List.of(), false);
    }

    private ManifestRow decided(Status decision, UUID person, String by) {
        if (status != Status.PENDING) {
            throw new DomainException("manifest.row.already-decided", row);
        }
        if (withheld) {
            throw new DomainException("manifest.row.reserved");
        }
        return new ManifestRow(id, groupId, row, this.person, errors, sameAsRow, bestVerdict, decision, person, by, version,
                candidates, false);
    }

    /**
     * The row as a reader who may not see {@code hidden} persons sees it: without them as
     * candidates or as the person it was decided to be.
     */
    public ManifestRow seenWithout(Set<UUID> hidden) {
        List<StagedCandidate> shown = candidates.stream().filter(c -> !hidden.contains(c.personId())).toList();
        boolean left = shown.size() < candidates.size();
        return new ManifestRow(id, groupId, row, person, errors, sameAsRow, left ? null : bestVerdict, status,
                personId != null && hidden.contains(personId) ? null : personId, decidedBy, version, shown, withheld || left);
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
        return status == Status.PENDING && !withheld && (bestVerdict == Verdict.POSSIBLE || sameAsRow != null
                || matches() > 1);
    }

    /** Confident enough to link after a glance: one MATCH candidate, and no other row like it. */
    public boolean confident() {
        return status == Status.PENDING && !withheld && bestVerdict == Verdict.MATCH && sameAsRow == null && matches() == 1;
    }

    private long matches() {
        return candidates.stream().filter(c -> c.verdict() == Verdict.MATCH).count();
    }

    public String fullName() {
        return person.fullName();
    }
}
