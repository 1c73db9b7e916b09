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
     */
    PricingSolution price(ValueTable values, int n);

    /**
     * Algorithm 1 with this pricer as A: by default every N of the range is priced (with the pruning
     * of {@link Algorithm1#perN}); a pricer that can search the range as a whole overrides this.
     *
     * @param values valuations tabulated at least up to {@code limit}
     * @param c1 the smallest cost, finite and > 0
     * @param limit floor(|B|/c_1) >= 1
     */
    default Algorithm1Result algorithm1(ValueTable values, double c1, int limit) {
        return Algorithm1.perN(values, c1, limit, this);
    }
}
