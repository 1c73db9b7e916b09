package org.marketproof.market.pricing;

/**
 * An algorithm A for ordered item pricing (Definition 1 of paper 000): given the buyers'
 * valuations and N points, a price curve whose revenue rev-bar(N, q) is at least
 * rev-bar^OPT(N) - |B| O(epsilon).
 */
public interface OrderedItemPricer {

    /** @return a name for output, e.g. {@code exact} or {@code grid(eps=0.001)} */
    String name();

    /**
     * @param values valuations tabulated at least up to {@code n}
     * @param n N, the number of points on sale, {@code 0 <= n <= values.maxSize()}
     * @return q_N, its revenue rev-bar(N, q_N) of (5), and a certified upper bound on
     *     rev-bar^OPT(N) (equal to the revenue when A is exact), in units
     */
    PricingSolution price(ValueTable values, int n);

    /**
     * Algorithm 1 with this pricer as A: by default every N of the range is priced (with the pruning
     * of {@link Algorithm1#perN}); a pricer that can search the range as a whole overrides this.
     *
     * @param values valuations tabulated at least up to {@code limit}
     * @param c1 the smallest cost, finite and > 0
     * @param limit floor(|B|/c_1) >= 1
     * @return N+ in 1..limit, q_{N+}, each type's m_j+ and q_j+, the exact profit_{N+} and a
     *     certified upper bound on OPT of (3)
     */
    default Algorithm1Result algorithm1(ValueTable values, double c1, int limit) {
        return Algorithm1.perN(values, c1, limit, this);
    }
}
