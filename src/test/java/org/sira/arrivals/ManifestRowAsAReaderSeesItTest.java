package org.sira.arrivals;

import org.sira.arrivals.internal.ManifestRow;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.matching.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/** A staged row as a reader who may not see some persons sees it: without them, and never as "nobody known". */
@Tag("asvs-8.2.3")
class ManifestRowAsAReaderSeesItTest {

    private static final UUID HIDDEN = UUID.randomUUID();
    private static final UUID SHOWN = UUID.randomUUID();

    private static ManifestRow row(ManifestRow.Status status, UUID personId, ManifestRow.StagedCandidate... candidates) {
        return new ManifestRow(UUID.randomUUID(), UUID.randomUUID(), 2, ManifestRowVerbsTest.AWA, List.of(), null,
                candidates.length == 0 ? null : candidates[0].verdict(), status, personId, null, 0, List.of(candidates), false);
    }

    private static ManifestRow.StagedCandidate candidate(UUID person, Verdict verdict, double score) {
        return new ManifestRow.StagedCandidate(person, "SIR-2026-000001", "ref", score, verdict, "why");
    }

    @Test
    void aRowWhoseOnlyCandidateIsHiddenIsReservedNotUnknownSoItIsNeverRegisteredAgainAsNew() {
        ManifestRow seen = row(ManifestRow.Status.PENDING, null, candidate(HIDDEN, Verdict.MATCH, 0.98)).seenWithout(Set.of(HIDDEN));
        assertThat(seen.candidates()).isEmpty();
        assertThat(seen.reserved()).isTrue();
        assertThat(seen.unknown()).isFalse();
        assertThat(seen.confident()).isFalse();
        assertThat(seen.doubtful()).isFalse();
    }

    @Test
    void aHiddenBestCandidateDoesNotLeaveTheNextOneLookingConfident() {
        ManifestRow seen = row(ManifestRow.Status.PENDING, null, candidate(HIDDEN, Verdict.MATCH, 0.98), candidate(SHOWN, Verdict.MATCH, 0.91))
                .seenWithout(Set.of(HIDDEN));
        assertThat(seen.candidates()).extracting(ManifestRow.StagedCandidate::personId).containsExactly(SHOWN);
        assertThat(seen.confident()).isFalse();
        assertThat(seen.reserved()).isTrue();
    }

    @Test
    void aRowDecidedToBeAHiddenPersonNoLongerNamesHer() {
        ManifestRow seen = row(ManifestRow.Status.LINKED, HIDDEN, candidate(HIDDEN, Verdict.MATCH, 0.98)).seenWithout(Set.of(HIDDEN));
        assertThat(seen.personId()).isNull();
        assertThat(seen.status()).isEqualTo(ManifestRow.Status.LINKED);
        assertThat(seen.reserved()).isFalse();
    }

    @Test
    void aRowWithNothingHiddenIsSeenAsItIs() {
        ManifestRow row = row(ManifestRow.Status.PENDING, null, candidate(SHOWN, Verdict.MATCH, 0.98));
        ManifestRow seen = row.seenWithout(Set.of(HIDDEN));
        assertThat(seen).isEqualTo(row);
        assertThat(seen.confident()).isTrue();
        assertThat(row(ManifestRow.Status.PENDING, null).seenWithout(Set.of(HIDDEN)).unknown()).isTrue();
    }
}
