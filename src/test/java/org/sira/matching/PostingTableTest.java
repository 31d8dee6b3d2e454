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

    @Test
    void keepsEveryBlockAndItsOrderWhenCompacted() {
        PostingTable table = new PostingTable(16);
        java.util.Random random = new java.util.Random(5);
        for (int slot = 0; slot < 20_000; slot++) {
            table.add(random.nextInt(700), slot);
            table.add(1_000 + slot % 13, slot);
        }
        List<List<Integer>> before = new ArrayList<>();
        for (long key = 0; key < 1_013; key++) {
            before.add(slots(table, key));
        }

        table.compact();

        for (long key = 0; key < 1_013; key++) {
            assertThat(slots(table, key)).isEqualTo(before.get((int) key));
            assertThat(table.size(key)).isEqualTo(before.get((int) key).size());
        }
        table.add(3, 20_000);
        table.add(5_000, 20_001);
        assertThat(slots(table, 3)).first().isEqualTo(20_000);
        assertThat(slots(table, 3)).hasSize(before.get(3).size() + 1);
        assertThat(slots(table, 5_000)).containsExactly(20_001);
    }

    @Test
    void startsABlockAtItsFirstOlderSlotWhetherCompactedOrNot() {
        PostingTable table = new PostingTable(16);
        java.util.Random random = new java.util.Random(9);
        int slot = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 3_000; i++, slot++) {
                table.add(random.nextInt(40), slot);
            }
            if (round < 2) {
                table.compact();
            }
            for (long key = 0; key < 41; key++) {
                List<Integer> all = slots(table, key);
                for (int limit : new int[] {0, 1, 17, 2_999, 3_000, 4_500, slot - 1, slot, Integer.MAX_VALUE}) {
                    List<Integer> older = new ArrayList<>();
                    for (int p = table.firstBelow(key, limit); p >= 0; p = table.next(p)) {
                        older.add(table.slot(p));
                    }
                    assertThat(older).isEqualTo(all.stream().filter(s -> s < limit).toList());
                }
            }
        }
    }
}
