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
     * @return the table, holding its own copies of the arrays
     * @throws IllegalArgumentException if there is no type, the arrays differ in length, the rows
     *     differ in length, a row does not start at 0, is not non-decreasing or leaves
     *     [0, {@link ValueUnits#ONE}], or a count is below 1
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

    /**
     * Tabulates the instance's valuations for m = 0..maxSize, each v^d_k(m) rounded down once by
     * {@link ValueUnits#fromValue}.
     *
     * @param instance the market, whose buyer types (with their counts and valuations) and data
     *     variance give the rows
     * @param maxSize the largest dataset size to tabulate, &gt;= 0
     * @return one row v^d_k(0..maxSize) per buyer type of the instance, in its order
     * @throws IllegalArgumentException if a valuation v^d_k(m) lies outside [0, 1]
     */
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

    /**
     * @param type the buyer type k, 0 &lt;= k &lt; {@link #types()}
     * @param m a dataset size, 0 &lt;= m &lt;= {@link #maxSize()}
     * @return v^d_k(m) in units
     * @throws ArrayIndexOutOfBoundsException if k or m is out of range
     */
    public long value(int type, int m) {
        return values[type][m];
    }

    /**
     * @param type the buyer type k, 0 &lt;= k &lt; {@link #types()}
     * @return the number of buyers of type k, &gt;= 1
     * @throws ArrayIndexOutOfBoundsException if k is out of range
     */
    public int count(int type) {
        return counts[type];
    }

    /**
     * The sizes at which type k's value strictly increases: 0 and every {@code m <= n} with
     * v_k(m) > v_k(m - 1), in increasing order. An envy-free scheme can move a type's size down to
     * the smallest size of equal own value without creating envy or losing revenue (others value
     * the smaller size no more), so optimal schemes need only these sizes (specs/pricing.md, S1).
     *
     * @param type the buyer type k, 0 &lt;= k &lt; {@link #types()}
     * @param n N, the largest size considered, 0 &lt;= n &lt;= {@link #maxSize()}
     * @return 0 followed by the sizes m in 1..n with v_k(m) &gt; v_k(m - 1), increasing
     * @throws IllegalArgumentException if n is outside 0..maxSize
     * @throws ArrayIndexOutOfBoundsException if k is out of range
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

    /**
     * @param n N, a dataset size, 0 &lt;= n &lt;= {@link #maxSize()}
     * @return S(N) = the sum over all buyers of v_k(n), in units: an upper bound on any envy-free
     *     revenue at N = n, since by IRB no buyer pays more than her value and values are
     *     non-decreasing
     * @throws IllegalArgumentException if n is outside 0..maxSize
     */
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
