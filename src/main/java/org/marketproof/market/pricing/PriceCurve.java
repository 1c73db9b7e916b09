package org.marketproof.market.pricing;

import java.util.Arrays;

/**
 * A posted price curve q : {0..N} -> [0, 1] with q(0) = 0 (Definition 1 of paper 000), in
 * {@link ValueUnits}.
 */
public final class PriceCurve {

    private final long[] q;

    private PriceCurve(long[] q) {
        this.q = q;
    }

    /**
     * @param q q(0..N) in units; q(0) must be 0 and every price in [0, ONE]
     * @return the curve on {0..N}, N = {@code q.length - 1}, holding its own copy of q
     * @throws IllegalArgumentException if q is empty, q(0) is not 0, or a price lies outside
     *     [0, {@link ValueUnits#ONE}]
     */
    public static PriceCurve of(long[] q) {
        if (q.length == 0 || q[0] != 0) {
            throw new IllegalArgumentException("a price curve starts with q(0) = 0");
        }
        for (long p : q) {
            if (p < 0 || p > ValueUnits.ONE) {
                throw new IllegalArgumentException("price outside [0, 1]: " + p + " units");
            }
        }
        return new PriceCurve(q.clone());
    }

    /** @return N, the largest dataset size on sale */
    public int maxSize() {
        return q.length - 1;
    }

    /**
     * @param m a dataset size, 0 &lt;= m &lt;= N
     * @return q(m) in units
     * @throws ArrayIndexOutOfBoundsException if m is outside 0..N
     */
    public long price(int m) {
        return q[m];
    }

    /** @return a copy of q(0..N) */
    public long[] prices() {
        return q.clone();
    }

    /**
     * The purchase model (4): {@code max argmax_{m <= N} (v(m) - q(m))}, ties going to the largest m.
     *
     * @param values the valuations v_k(m) in units, tabulated at least up to N
     * @param type the buyer type k, 0 &lt;= k &lt; {@code values.types()}
     * @return the dataset size that buyer type {@code type} buys, m~_k(N, q) in 0..N
     * @throws ArrayIndexOutOfBoundsException if {@code type} is not a type of {@code values}, or
     *     {@code values} stops before N
     */
    public int purchase(ValueTable values, int type) {
        int best = 0;
        long bestUtility = 0;
        for (int m = 1; m <= maxSize(); m++) {
            long u = values.value(type, m) - q[m];
            if (u >= bestUtility) {
                best = m;
                bestUtility = u;
            }
        }
        return best;
    }

    /**
     * @param values the valuations v_k(m) in units with the buyers per type, tabulated at least up
     *     to N
     * @return rev-bar(N, q) of (5): the sum over all buyers of q(purchase), in units
     * @throws ArrayIndexOutOfBoundsException if {@code values} stops before N
     */
    public long revenue(ValueTable values) {
        long rev = 0;
        for (int k = 0; k < values.types(); k++) {
            rev += values.count(k) * q[purchase(values, k)];
        }
        return rev;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceCurve p && Arrays.equals(q, p.q);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(q);
    }

    @Override
    public String toString() {
        return "PriceCurve" + Arrays.toString(q);
    }
}
