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

    /** @return q(m) in units */
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
     * @return the dataset size that buyer type {@code type} buys
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

    /** @return rev-bar(N, q) of (5): the sum over all buyers of q(purchase), in units */
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
