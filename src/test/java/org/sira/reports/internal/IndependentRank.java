package org.sira.reports.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A second, separate exact solver for the tests: the rank of a 0/1 matrix by integer Gaussian
 * elimination (cross-multiplying, no division), and from it whether a cell is recoverable: its
 * unit vector adds nothing to the rank of the known sums over the unknown cells.
 */
public final class IndependentRank {

    private IndependentRank() {
    }

    /** Whether {@code cell} follows from the sums when the cells in {@code unknowns} are not known. */
    public static boolean recoverable(List<int[]> sums, BitSet unknowns, int cell) {
        List<BigInteger[]> rows = restricted(sums, unknowns);
        int before = rank(rows, unknowns.length());
        BigInteger[] unit = zeros(unknowns.length());
        unit[cell] = BigInteger.ONE;
        rows = restricted(sums, unknowns);
        rows.add(unit);
        return rank(rows, unknowns.length()) == before;
    }

    private static List<BigInteger[]> restricted(List<int[]> sums, BitSet unknowns) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (int[] sum : sums) {
            BigInteger[] row = zeros(unknowns.length());
            for (int cell : sum) {
                if (unknowns.get(cell)) {
                    row[cell] = BigInteger.ONE;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static BigInteger[] zeros(int width) {
        BigInteger[] row = new BigInteger[width];
        java.util.Arrays.fill(row, BigInteger.ZERO);
        return row;
    }

    static int rank(List<BigInteger[]> rows, int width) {
        int rank = 0;
        for (int col = 0; col < width && rank < rows.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] p = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, p);
            for (int r = rank + 1; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (row[col].signum() != 0) {
                    BigInteger factor = row[col];
                    for (int c = 0; c < width; c++) {
                        row[c] = row[c].multiply(p[col]).subtract(p[c].multiply(factor));
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
