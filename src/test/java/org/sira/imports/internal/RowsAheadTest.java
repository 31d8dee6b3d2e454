package org.sira.imports.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sira.tabular.TabularRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RowsAheadTest {

    private static Iterator<TabularRow> rows(int count, CountDownLatch allRead) {
        Iterator<TabularRow> rows = IntStream.rangeClosed(2, count + 1)
                .mapToObj(n -> new TabularRow(n, List.of("r" + n), List.of())).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = rows.hasNext();
                if (!more) {
                    allRead.countDown();
                }
                return more;
            }

            @Override
            public TabularRow next() {
                return rows.next();
            }
        };
    }

    /**
     * The reader ends while its queue is full: its end mark must wait for room, not be dropped
     * (dropped, the caller waited forever). The test holds the caller back until that moment.
     */
    @Test
    void everyRowArrivesInOrderEvenWhenTheQueueIsFullAtTheEnd() throws Exception {
        CountDownLatch allRead = new CountDownLatch(1);
        List<Object> seen = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            // 8 full chunks fill the queue; the 4,001st row makes a 9th that waits for room.
            try (RowsAhead<String> ahead = new RowsAhead<>(rows(4_001, allRead), row -> row.cells().get(0))) {
                allRead.await();
                for (int i = 0; i < 500; i++) {
                    seen.add(ahead.next().read());
                }
                // The 9th chunk goes in, then the reader deals with its end mark on a full queue.
                while (ahead.chunksWaiting() < 8) {
                    Thread.onSpinWait();
                }
                while (ahead.readerState() == Thread.State.RUNNABLE) {
                    Thread.onSpinWait();
                }
                ahead.forEachRemaining(checked -> seen.add(checked.read()));
            }
        });
        assertThat(seen).hasSize(4_001).startsWith("r2").endsWith("r4002");
    }

    @Test
    void aFailureWhileReadingReachesTheCaller() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (RowsAhead<TabularRow> ahead = new RowsAhead<>(rows(1_200, new CountDownLatch(1)), row -> {
                if (row.number() == 1_100) {
                    throw new IllegalStateException("damaged file");
                }
                return row;
            })) {
                assertThatThrownBy(() -> ahead.forEachRemaining(checked -> { })).hasMessage("damaged file");
            }
        });
    }

    @Test
    void closingEarlyStopsTheReader() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (RowsAhead<TabularRow> ahead = new RowsAhead<>(rows(100_000, new CountDownLatch(1)), row -> row)) {
                assertThat(ahead.next().row().number()).isEqualTo(2);
            }
        });
    }
}
