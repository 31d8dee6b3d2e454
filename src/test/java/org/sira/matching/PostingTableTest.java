package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingTableTest {

    private static List<Integer> slots(PostingTable table, long key) {
        List<Integer> slots = new ArrayList<>();
        for (int p = table.first(key); p >= 0; p = table.next(p)) {
            slots.add(table.slot(p));
        }
        return slots;
    }

    @Test
    void keepsEverySlotFiledUnderAKeyThroughGrowth() {
        PostingTable table = new PostingTable(4);
        for (int slot = 0; slot < 10_000; slot++) {
            table.add(slot % 97, slot);
        }

        assertThat(table.size(5)).isEqualTo(slots(table, 5).size()).isEqualTo(10_000 / 97 + 1);
        assertThat(slots(table, 5)).allMatch(slot -> slot % 97 == 5);
    }

    @Test
    void answersNothingForAnUnknownKeyIncludingZero() {
        PostingTable table = new PostingTable(16);
        table.add(1L, 7);

        assertThat(table.size(42L)).isZero();
        assertThat(table.first(42L)).isEqualTo(-1);
        table.add(0L, 3);
        assertThat(slots(table, 0L)).contains(3);
    }
}
