package org.sira.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.people.PersonMerge.Merge;
import org.sira.people.internal.MergeStore.Standing;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a merge of two records allows, checked by its own verbs, without Spring. */
class PersonMergeVerbsTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private final Standing kept = new Standing(UUID.randomUUID(), "SIR-2026-000001", null);
    private final Standing merged = new Standing(UUID.randomUUID(), "SIR-2026-000002", null);

    private static Standing mergedInto(Standing record) {
        return new Standing(record.id(), record.fileNumber(), UUID.randomUUID());
    }

    @Test
    void aMergeVoidsTheMergedRecordIntoTheKeptOne() {
        Merge merge = Merge.of(UUID.randomUUID(), kept, merged, "lead", NOON);
        assertThat(merge.keptId()).isEqualTo(kept.id());
        assertThat(merge.mergedId()).isEqualTo(merged.id());
        assertThat(merge.mergedFileNumber()).isEqualTo("SIR-2026-000002");
        assertThat(merge.undone()).isFalse();
    }

    @Test
    void aRecordIsNotMergedIntoItself() {
        assertThatThrownBy(() -> Merge.of(UUID.randomUUID(), kept, kept, "lead", NOON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("merge.same-person"));
    }

    @Test
    void nothingIsMergedIntoARecordMergedAway() {
        assertThatThrownBy(() -> Merge.of(UUID.randomUUID(), mergedInto(kept), merged, "lead", NOON))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("merge.into-merged");
                    assertThat(e.arguments()).containsExactly("SIR-2026-000001");
                });
    }

    @Test
    void aRecordMergedAwayIsNotMergedAgain() {
        assertThatThrownBy(() -> Merge.of(UUID.randomUUID(), kept, mergedInto(merged), "lead", NOON))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("merge.already-merged"));
    }

    @Test
    void aMergeIsUndoneOnce() {
        Merge undone = Merge.of(UUID.randomUUID(), kept, merged, "lead", NOON).undone(kept);
        assertThat(undone.undone()).isTrue();
        assertThatThrownBy(() -> undone.undone(kept))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("merge.already-undone"));
    }

    @Test
    void aMergeWhoseKeptRecordWasMergedSinceIsNotTheLastAndIsNotUndone() {
        Merge merge = Merge.of(UUID.randomUUID(), kept, merged, "lead", NOON);
        assertThatThrownBy(() -> merge.undone(mergedInto(kept)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("merge.undo.not-last"));
    }
}
