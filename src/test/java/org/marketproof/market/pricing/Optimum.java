package org.marketproof.market.pricing;

import org.marketproof.algebra.FractionOrder;
import org.apache.commons.numbers.fraction.BigFraction;

/** OPT of (3) and the profits of Algorithm 1's range, by the exact pricer without pruning. */
public final class Optimum {

    private Optimum() {
    }

    /** @return rev^OPT(N) - c_1 N, exactly */
    public static BigFraction profit(ValueTable t, double c1, int n) {
        long rev = new ExactPricer().price(t, n).revenue();
        return ValueUnits.toExact(rev).subtract(BigFraction.from(c1).multiply(n));
    }

    /** @return max over N in {from..floor(|B|/c_1)} of the exact profit, or null if the range is empty */
    public static BigFraction best(ValueTable t, double c1, int from) {
        int limit = Algorithm1.searchLimit(t.buyers(), c1).intValueExact();
        BigFraction best = null;
        for (int n = from; n <= limit; n++) {
            BigFraction p = profit(t, c1, n);
            if (best == null || FractionOrder.compare(p, best) > 0) {
                best = p;
            }
        }
        return best;
    }

    /** @return OPT = max over all N >= 0 (N beyond floor(|B|/c_1) lose money, N = 0 earns 0) */
    public static BigFraction opt(ValueTable t, double c1) {
        return best(t, c1, 0);
    }
}
