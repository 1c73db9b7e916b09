package org.marketproof.market.pricing;

import java.util.Arrays;

/**
 * Lemma 1 of paper 000 as code: an envy-free, individually rational scheme turned into a price
 * curve whose revenue under the purchase model (4) is at least the scheme's (section 2.3).
 *
 * <p>With the sizes sorted m_(1) &lt;= ... &lt;= m_(K), the curve is the step function
 * q(m) = p_(i) for m_(i-1) &lt; m &lt;= m_(i), and q(m) = p_(K) for m &gt; m_(K), except q(0) = 0 as
 * Definition 1 requires. (The paper writes q(0) = p_(1); when m_(1) > 0 that curve charges for
 * nothing. Setting q(0) = 0 keeps the proof: by IRB a buyer's own utility is >= 0 = v(0) - q(0),
 * so her own size is still a maximiser — specs/pricing.md, finding PR1.) EF forces p_(i) to be
 * non-decreasing in m_(i) (a buyer with the smaller size paying more would envy the larger), so
 * the curve is non-decreasing, each buyer buys at least her m_j, and pays at least p_j.
 */
public final class Lemma1Construction {

    private Lemma1Construction() {
    }

    /**
     * @param values the valuations v_k(m) in units, one row per buyer type of the scheme
     * @param scheme envy-free and individually rational on {@code values} (checked, by
     *     {@link EnvyJudge})
     * @param n N^tot, at least every size of the scheme and at most the table's size
     * @return the curve q on {0..n}
     * @throws IllegalArgumentException if a size of the scheme exceeds n, n exceeds
     *     {@code values.maxSize()}, the scheme and the table differ in their number of types, or
     *     the scheme is not envy-free and individually rational
     */
    public static PriceCurve curve(ValueTable values, EnvyFreeScheme scheme, int n) {
        if (scheme.largestSize() > n || n > values.maxSize()) {
            throw new IllegalArgumentException("need sizes <= N = " + n + " <= table size " + values.maxSize());
        }
        if (!EnvyJudge.envyFree(values, scheme) || !EnvyJudge.individuallyRational(values, scheme)) {
            throw new IllegalArgumentException("Lemma 1 needs an envy-free, individually rational scheme: " + scheme);
        }
        Integer[] order = new Integer[scheme.types()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> Integer.compare(scheme.size(a), scheme.size(b)));
        long[] q = new long[n + 1];
        int i = 0;
        for (int m = 1; m <= n; m++) {
            while (i < order.length - 1 && scheme.size(order[i]) < m) {
                i++;
            }
            q[m] = scheme.price(order[i]);
        }
        return PriceCurve.of(q);
    }
}
