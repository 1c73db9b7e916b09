package org.marketproof.market.claims;

import java.util.Arrays;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;
import java.math.BigDecimal;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.market.pricing.PriceCurve;
import org.marketproof.market.pricing.PricingSolution;
import org.marketproof.market.pricing.ValueUnits;

/**
 * An Algorithm 1 output given explicitly (N+, m_j+, q_j+), for designing Algorithm 2 without running
 * a pricing solver: in scenario and replay files, and in the adversarial generators. The strategic
 * claims depend on Algorithm 1's output only through (sigma^2, c_1, c_2, N_1*, N_2*, W, |B|), so any
 * such output is a legitimate test of them.
 *
 * <p>The price curve is Lemma 1's step curve through the given (m_j+, q_j+); its certified revenue
 * bound is the trivial |B| (every price is at most 1), since nothing is claimed about optimality.
 *
 * @param nPlus N+
 * @param purchases m_j+ per buyer type, each in [0, N+]
 * @param prices q_j+ per buyer type, in value units, each in [0, ONE]
 */
public record GivenPricing(int nPlus, int[] purchases, long[] prices) implements Function<MarketInstance, Algorithm1Result> {

    /**
     * Validates and copies the arrays.
     *
     * @param nPlus N+, {@code >= 1}
     * @param purchases m_j+ per buyer type, each in [0, N+]
     * @param prices q_j+ per buyer type, in value units, each in [0, ONE]
     * @throws IllegalArgumentException if {@code nPlus < 1}, the arrays differ in length, or an
     *     entry is out of range
     */
    public GivenPricing {
        if (nPlus < 1) {
            throw new IllegalArgumentException("N+ must be >= 1: " + nPlus);
        }
        if (purchases.length != prices.length) {
            throw new IllegalArgumentException("one purchase and one price per buyer type");
        }
        for (int j = 0; j < purchases.length; j++) {
            if (purchases[j] < 0 || purchases[j] > nPlus || prices[j] < 0 || prices[j] > ValueUnits.ONE) {
                throw new IllegalArgumentException("buyer type " + j + ": purchase must be in [0, N+] and price in [0, 1]");
            }
        }
        purchases = purchases.clone();
        prices = prices.clone();
    }

    @Override
    public Algorithm1Result apply(MarketInstance instance) {
        if (purchases.length != instance.buyers().size()) {
            throw new org.marketproof.InvalidInputException("pricing.purchases", "has " + purchases.length
                    + " entries but the instance has " + instance.buyers().size() + " buyer types");
        }
        // Lemma 1's curve: q(m) = the cheapest price among types buying at least m points (the
        // dearest price beyond every purchase), made non-decreasing
        long dearest = Arrays.stream(prices).max().orElse(0);
        long[] q = new long[nPlus + 1];
        for (int m = 1; m <= nPlus; m++) {
            long step = dearest;
            for (int j = 0; j < purchases.length; j++) {
                if (purchases[j] >= m) {
                    step = Math.min(step, prices[j]);
                }
            }
            q[m] = Math.max(q[m - 1], step);
        }
        long revenue = 0;
        for (int j = 0; j < prices.length; j++) {
            revenue += prices[j] * instance.buyers().get(j).count();
        }
        long bound = Math.max(revenue, ValueUnits.ONE * instance.buyerCount());
        BigFraction profit = ValueUnits.toExact(revenue).subtract(BigFraction.from(instance.cost(0)).multiply(nPlus));
        int limit = Algorithm1.searchLimit(instance.buyerCount(), instance.cost(0)).min(BigDecimal.valueOf(Integer.MAX_VALUE))
                .intValue();
        // nothing is claimed about optimality: OPT <= |B| holds trivially (prices are at most 1)
        BigFraction optBound = FractionOrder.max(BigFraction.of(instance.buyerCount()), profit);
        return new Algorithm1Result(nPlus, limit, new PricingSolution(PriceCurve.of(q), revenue, bound), purchases, prices,
                profit, optBound, 0);
    }

    @Override
    public String toString() {
        return "GivenPricing[N+=" + nPlus + ", m+=" + Arrays.toString(purchases) + ", q+=" + Arrays.toString(prices) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GivenPricing g && g.nPlus == nPlus && Arrays.equals(g.purchases, purchases)
                && Arrays.equals(g.prices, prices);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * nPlus + Arrays.hashCode(purchases)) + Arrays.hashCode(prices);
    }
}
