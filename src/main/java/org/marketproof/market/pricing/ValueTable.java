package org.marketproof.market.pricing;

import java.util.List;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.MarketInstance;

/**
 * v^d(m) of every buyer type for m = 0..{@link #maxSize()}, in {@link ValueUnits}.
 *
 * <p>Buyers of one type are identical, so pricing works on types with multiplicities: with K types
 * a table holds K (N+1) numbers however many buyers there are.
 */
public final class ValueTable {

    private final long[][] values;
    private final int[] counts;

    private ValueTable(long[][] values, int[] counts) {
        this.values = values;
        this.counts = counts;
    }

    /**
     * @param values {@code values[k][m]} = v^d_k(m) in units; each row non-decreasing from 0, all rows
     *     of equal length
     * @param counts buyers of each type, each {@code >= 1}
     */
    public static ValueTable of(long[][] values, int[] counts) {
        if (values.length == 0 || values.length != counts.length) {
            throw new IllegalArgumentException("need one count per type and at least one type");
        }
        long[][] copy = new long[values.length][];
        for (int k = 0; k < values.length; k++) {
            copy[k] = values[k].clone();
            if (copy[k].length != values[0].length || copy[k][0] != 0) {
                throw new IllegalArgumentException("row " + k + " must have the common length and start at 0");
            }
            for (int m = 1; m < copy[k].length; m++) {
                if (copy[k][m] < copy[k][m - 1] || copy[k][m] > ValueUnits.ONE) {
                    throw new IllegalArgumentException("row " + k + " must be non-decreasing within [0, 1]");
                }
            }
            if (counts[k] < 1) {
                throw new IllegalArgumentException("count of type " + k + " must be >= 1");
            }
        }
        return new ValueTable(copy, counts.clone());
    }

    /** Tabulates the instance's valuations for m = 0..maxSize. */
    /*@ pure @*/
    public static ValueTable of(MarketInstance instance, int maxSize) {
        List<BuyerType> buyers = instance.buyers();
        long[][] values = new long[buyers.size()][maxSize + 1];
        int[] counts = new int[buyers.size()];
        for (int k = 0; k < values.length; k++) {
            BuyerType b = buyers.get(k);
            counts[k] = b.count();
            for (int m = 1; m <= maxSize; m++) {
                values[k][m] = ValueUnits.fromValue(b.valuation().dataValue(m, instance.variance()));
            }
        }
        return new ValueTable(values, counts);
    }

    /** @return the number of buyer types K */
    public int types() {
        return values.length;
    }

    /** @return the largest dataset size tabulated */
    public int maxSize() {
        return values[0].length - 1;
    }

    /** @return v^d_k(m) in units */
    public long value(int type, int m) {
        return values[type][m];
    }

    /** @return the number of buyers of type k */
    public int count(int type) {
        return counts[type];
    }

    /**
     * The sizes at which type k's value strictly increases: 0 and every {@code m <= n} with
     * v_k(m) > v_k(m - 1), in increasing order. An envy-free scheme can move a type's size down to
     * the smallest size of equal own value without creating envy or losing revenue (others value
     * the smaller size no more), so optimal schemes need only these sizes (specs/pricing.md, S1).
     */
    public int[] jumpSizes(int type, int n) {
        checkSize(n);
        int[] out = new int[n + 1];
        int len = 0;
        out[len++] = 0;
        for (int m = 1; m <= n; m++) {
            if (values[type][m] > values[type][m - 1]) {
                out[len++] = m;
            }
        }
        return java.util.Arrays.copyOf(out, len);
    }

    /** @return the sum over all buyers of v_k(n), an upper bound on any envy-free revenue at N = n */
    public long totalValue(int n) {
        checkSize(n);
        long sum = 0;
        for (int k = 0; k < values.length; k++) {
            sum += counts[k] * values[k][n];
        }
        return sum;
    }

    private void checkSize(int n) {
        if (n < 0 || n > maxSize()) {
            throw new IllegalArgumentException("size " + n + " outside the table's 0.." + maxSize());
        }
    }

    /** @return a copy of v_k(0..maxSize) for every type */
    public long[][] toRows() {
        long[][] copy = new long[values.length][];
        for (int k = 0; k < values.length; k++) {
            copy[k] = values[k].clone();
        }
        return copy;
    }

    /** @return a copy of v_k(0..maxSize) */
    long[] toRow(int type) {
        return values[type].clone();
    }

    /** @return |B|, all buyers */
    public long buyers() {
        long n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }
}
