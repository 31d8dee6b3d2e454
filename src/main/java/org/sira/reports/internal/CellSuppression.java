package org.sira.reports.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Disclosure control of one table of counts (one period of the open-data export). Cells under the
 * threshold are suppressed (primary suppression); then, so that no suppressed count can be worked
 * out again, more cells are suppressed (secondary suppression):
 * <ol>
 * <li>every sum an outsider knows ({@code published}: the totals of the statistics endpoint) and
 *     every line of the table ({@code lines}: its row and column totals, which another export may
 *     publish) must hold no suppressed cell or at least two; where one holds exactly one, its
 *     smallest published cell is suppressed too, until none does;</li>
 * <li>then an exact check ({@link DeterminedCells}) asks whether any suppressed cell can still be
 *     recomputed from the published sums and the published cells; for each that can, the smallest
 *     published cell of a sum that holds it is suppressed, and both steps run again.</li>
 * </ol>
 * A cell that the published sums give on their own (a sum of that one cell: a country with a
 * single combination, say) is suppressed all the same, but no suppression here can hide what the
 * statistics endpoint publishes; the check leaves those aside.
 */
public final class CellSuppression {

    private CellSuppression() {
    }

    public static BitSet protect(long[] counts, List<int[]> published, List<int[]> lines, int threshold) {
        BitSet suppressed = new BitSet();
        for (int cell = 0; cell < counts.length; cell++) {
            if (counts[cell] < threshold) {
                suppressed.set(cell);
            }
        }
        List<int[]> sums = new ArrayList<>();
        for (int[] sum : published) {
            if (sum.length > 1) {
                sums.add(sum);
            }
        }
        for (int[] line : lines) {
            if (line.length > 1) {
                sums.add(line);
            }
        }
        BitSet every = new BitSet();
        every.set(0, counts.length);
        BitSet givenByTheTotals = DeterminedCells.among(published, every);
        while (true) {
            spreadOverSums(counts, sums, suppressed);
            BitSet recoverable = DeterminedCells.among(published, suppressed);
            recoverable.andNot(givenByTheTotals);
            if (recoverable.isEmpty()) {
                return suppressed;
            }
            BitSet partners = new BitSet();
            for (int cell = recoverable.nextSetBit(0); cell >= 0; cell = recoverable.nextSetBit(cell + 1)) {
                partners.set(nextToHide(counts, published, suppressed, cell));
            }
            suppressed.or(partners);
        }
    }

    /** Until every sum holds no suppressed cell or at least two. */
    private static void spreadOverSums(long[] counts, List<int[]> sums, BitSet suppressed) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] sum : sums) {
                if (suppressedIn(sum, suppressed) == 1) {
                    suppressed.set(smallestPublished(counts, sum, suppressed));
                    changed = true;
                }
            }
        }
    }

    /** The smallest published cell sharing a sum with the recoverable one, or else the smallest published cell. */
    private static int nextToHide(long[] counts, List<int[]> published, BitSet suppressed, int recoverable) {
        int best = -1;
        for (int[] sum : published) {
            if (contains(sum, recoverable)) {
                int candidate = smallestPublished(counts, sum, suppressed);
                if (candidate >= 0 && (best < 0 || counts[candidate] < counts[best])) {
                    best = candidate;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        int[] all = new int[counts.length];
        for (int cell = 0; cell < all.length; cell++) {
            all[cell] = cell;
        }
        return smallestPublished(counts, all, suppressed);
    }

    private static int suppressedIn(int[] sum, BitSet suppressed) {
        int n = 0;
        for (int cell : sum) {
            if (suppressed.get(cell)) {
                n++;
            }
        }
        return n;
    }

    private static int smallestPublished(long[] counts, int[] sum, BitSet suppressed) {
        int best = -1;
        for (int cell : sum) {
            if (!suppressed.get(cell) && (best < 0 || counts[cell] < counts[best] || counts[cell] == counts[best] && cell < best)) {
                best = cell;
            }
        }
        return best;
    }

    private static boolean contains(int[] sum, int cell) {
        for (int c : sum) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }
}
