package org.marketproof.market.pricing;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The output of Algorithm 1 of paper 000: N+, each buyer type's dataset size m_j+ and price q_j+.
 *
 * @param nPlus N+, the profit-maximizing total amount of data
 * @param solution the pricing solution at N+ (curve q_{N+}, its revenue and certified bound)
 * @param purchases m_j+ per buyer type, by the purchase model (4) under the curve
 * @param prices q_j+ = q_{N+}(m_j+) per buyer type, in {@link ValueUnits}
 * @param profit profit_{N+} = sum over all buyers of q_j+ minus c_1 N+, exact
 */
public record Algorithm1Result(int nPlus, PricingSolution solution, int[] purchases, long[] prices, BigFraction profit) {
    public Algorithm1Result {
        purchases = purchases.clone();
        prices = prices.clone();
    }

    @Override
    public int[] purchases() {
        return purchases.clone();
    }

    @Override
    public long[] prices() {
        return prices.clone();
    }
}
