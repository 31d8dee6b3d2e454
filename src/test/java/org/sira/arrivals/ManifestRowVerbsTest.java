package org.sira.arrivals;

import org.sira.arrivals.internal.ListedPerson;
import org.sira.arrivals.internal.ManifestRow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.matching.Verdict;
import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;
import org.sira.people.Sex;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a staged manifest row is decided, once, by its own verbs, without Spring. */
class ManifestRowVerbsTest {

    static final ListedPerson AWA = new ListedPerson("Traoré", "Awa", Sex.F,
            new BirthDate(LocalDate.of(1994, 1, 1), DatePrecision.YEAR), null, null, "Kayes", "Kita", "+22376112244",
            null, null);
    private static final UUID GROUP = UUID.randomUUID();
    private static final UUID KNOWN = UUID.randomUUID();

    private static ManifestRow pending(int row) {
        return ManifestRow.staged(GROUP, row, AWA, List.of());
    }

    private static ManifestRow.StagedCandidate candidate(Verdict verdict) {
        return new ManifestRow.StagedCandidate(UUID.randomUUID(), "SIR-2026-000001", null, 0.9, verdict, "why");
    }

    private static void refusedWith(Runnable verb, String key) {
        assertThatThrownBy(verb::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e instanceof InvalidInputException invalid
                        ? invalid.errors().get(0).messageKey() : e.messageKey()).isEqualTo(key));
    }

    @Test
    void aRowReadWithoutErrorWaitsForADecisionAndOneWithErrorsIsInvalid() {
        assertThat(pending(2).status()).isEqualTo(ManifestRow.Status.PENDING);
        assertThat(ManifestRow.staged(GROUP, 3, AWA, List.of(new org.sira.shared.FieldError("familyName", "person.name.required"))).status())
                .isEqualTo(ManifestRow.Status.INVALID);
    }

    @Test
    void linkingARowToAKnownPersonDecidesItAsLinkedToThem() {
        ManifestRow linked = pending(2).linkTo(KNOWN, "lead");
        assertThat(linked.status()).isEqualTo(ManifestRow.Status.LINKED);
        assertThat(linked.personId()).isEqualTo(KNOWN);
        assertThat(linked.decidedBy()).isEqualTo("lead");
    }

    @Test
    void registeringARowAsNewNamesThePersonRegistered() {
        ManifestRow registered = pending(2).registerAsNew(KNOWN, "lead");
        assertThat(registered.status()).isEqualTo(ManifestRow.Status.NEW_PERSON);
        assertThat(registered.personId()).isEqualTo(KNOWN);
    }

    @Test
    void aDecidedRowIsNotDecidedAgain() {
        ManifestRow linked = pending(2).linkTo(KNOWN, "lead");
        refusedWith(() -> linked.registerAsNew(UUID.randomUUID(), "other"), "manifest.row.already-decided");
        refusedWith(() -> linked.linkTo(UUID.randomUUID(), "other"), "manifest.row.already-decided");
        refusedWith(() -> linked.markDuplicateOf(pending(1).linkTo(KNOWN, "lead"), "other"), "manifest.row.already-decided");
    }

    @Test
    void anInvalidRowIsNeverDecided() {
        ManifestRow invalid = ManifestRow.staged(GROUP, 3, AWA, List.of(new org.sira.shared.FieldError("familyName", "person.name.required")));
        refusedWith(() -> invalid.linkTo(KNOWN, "lead"), "manifest.row.already-decided");
    }

    @Test
    void aDuplicateRowNamesThePersonOfTheRowItRepeats() {
        ManifestRow duplicate = pending(5).markDuplicateOf(pending(2).linkTo(KNOWN, "lead"), "lead");
        assertThat(duplicate.status()).isEqualTo(ManifestRow.Status.DUPLICATE);
        assertThat(duplicate.personId()).isEqualTo(KNOWN);
    }

    @Test
    void aRowIsNotADuplicateOfARowStillUndecidedAndTheMessageNamesThatRow() {
        assertThatThrownBy(() -> pending(5).markDuplicateOf(pending(2), "lead"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    FieldError error = e.errors().get(0);
                    assertThat(error.messageKey()).isEqualTo("manifest.row.undecided");
                    assertThat(error.arguments()).containsExactly(2);
                });
    }

    @Test
    void aRowIsNotADuplicateOfItself() {
        ManifestRow row = pending(5);
        refusedWith(() -> row.markDuplicateOf(row, "lead"), "manifest.row.duplicate-of-itself");
    }

    @Test
    void aRowWithACandidateHiddenFromTheReaderIsNotTheirsToDecide() {
        ManifestRow.StagedCandidate hidden = candidate(Verdict.MATCH);
        ManifestRow reserved = pending(2).withMatches(null, List.of(hidden)).seenWithout(java.util.Set.of(hidden.personId()));
        assertThat(reserved.reserved()).isTrue();
        refusedWith(() -> reserved.registerAsNew(KNOWN, "reception"), "manifest.row.reserved");
    }

    @Test
    void aRowIsConfidentWithOneMatchAndNoRowLikeIt() {
        assertThat(pending(2).withMatches(null, List.of(candidate(Verdict.MATCH), candidate(Verdict.POSSIBLE))).confident()).isTrue();
        assertThat(pending(2).withMatches(null, List.of(candidate(Verdict.MATCH), candidate(Verdict.MATCH))).confident()).isFalse();
        assertThat(pending(2).withMatches(1, List.of(candidate(Verdict.MATCH))).confident()).isFalse();
        assertThat(pending(2).withMatches(null, List.of(candidate(Verdict.POSSIBLE))).confident()).isFalse();
        assertThat(pending(2).withMatches(null, List.of(candidate(Verdict.MATCH))).linkTo(KNOWN, "lead").confident()).isFalse();
    }
}
