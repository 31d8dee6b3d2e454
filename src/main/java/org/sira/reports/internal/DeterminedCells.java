package org.sira.reports.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which unknown cells a set of known sums pins down. Each sum is a set of cells whose total is
 * known; the cells outside {@code unknowns} are known too, so each sum becomes an equation over
 * the unknown cells it holds. An unknown is determined when some linear combination of those
 * equations leaves it alone, i.e. when its unit vector lies in their row space. Exact: the
 * equations are brought to reduced row echelon form with integers (no floating point), and an
 * unknown is determined when its column holds a pivot whose row has nothing in the free columns.
 */
public final class DeterminedCells {

    private DeterminedCells() {
    }

    public static BitSet among(List<int[]> sums, BitSet unknowns) {
        // Cells that lie in exactly the same sums are one column: none of them can be told from the
        // others (moving one return from one to the other changes no sum), and a cell alone in its
        // column is determined exactly when that column is. Fewer columns, same answer.
        Map<List<Integer>, List<Integer>> cellsBySums = new LinkedHashMap<>();
        Map<Integer, List<Integer>> sumsOfCell = new HashMap<>();
        for (int s = 0; s < sums.size(); s++) {
            for (int cell : sums.get(s)) {
                if (unknowns.get(cell)) {
                    sumsOfCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(s);
                }
            }
        }
        for (int cell = unknowns.nextSetBit(0); cell >= 0; cell = unknowns.nextSetBit(cell + 1)) {
            cellsBySums.computeIfAbsent(sumsOfCell.getOrDefault(cell, List.of()), k -> new ArrayList<>()).add(cell);
        }
        List<List<Integer>> columns = new ArrayList<>(cellsBySums.values());
        int width = columns.size();
        BigInteger[][] matrix = new BigInteger[sums.size()][];
        for (int col = 0; col < width; col++) {
            for (int s : sumsOfCell.getOrDefault(columns.get(col).get(0), List.of())) {
                if (matrix[s] == null) {
                    matrix[s] = new BigInteger[width];
                    Arrays.fill(matrix[s], BigInteger.ZERO);
                }
                matrix[s][col] = BigInteger.ONE;
            }
        }
        List<BigInteger[]> rows = new ArrayList<>();
        for (BigInteger[] row : matrix) {
            if (row != null) {
                rows.add(row);
            }
        }
        int[] pivotRowOf = reduce(rows, width);
        BitSet determined = new BitSet();
        for (int col = 0; col < width; col++) {
            int r = pivotRowOf[col];
            if (columns.get(col).size() == 1 && r >= 0 && aloneInItsRow(rows.get(r), col, pivotRowOf)) {
                determined.set(columns.get(col).get(0));
            }
        }
        return determined;
    }

    /** Reduced row echelon form in place; answers, for each column, the row of its pivot or -1. */
    private static int[] reduce(List<BigInteger[]> rows, int width) {
        int[] pivotRowOf = new int[width];
        Arrays.fill(pivotRowOf, -1);
        int next = 0;
        for (int col = 0; col < width && next < rows.size(); col++) {
            int found = -1;
            for (int r = next; r < rows.size(); r++) {
                if (rows.get(r)[col].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            java.util.Collections.swap(rows, next, found);
            BigInteger[] pivot = rows.get(next);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r != next && row[col].signum() != 0) {
                    BigInteger factor = row[col];
                    for (int c = 0; c < width; c++) {
                        row[c] = row[c].multiply(pivot[col]).subtract(pivot[c].multiply(factor));
                    }
                    normalise(row);
                }
            }
            pivotRowOf[col] = next++;
        }
        return pivotRowOf;
    }

    private static void normalise(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger value : row) {
            gcd = gcd.gcd(value);
        }
        if (gcd.compareTo(BigInteger.ONE) > 0) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c].divide(gcd);
            }
        }
    }

    private static boolean aloneInItsRow(BigInteger[] row, int col, int[] pivotRowOf) {
        for (int c = 0; c < row.length; c++) {
            if (c != col && row[c].signum() != 0 && pivotRowOf[c] < 0) {
                return false;
            }
        }
        return true;
    }
}
