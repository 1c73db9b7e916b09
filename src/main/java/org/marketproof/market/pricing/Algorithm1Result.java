package org.marketproof.market.pricing;

import org.marketproof.algebra.FractionOrder;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The output of Algorithm 1 of paper 000: N+, each buyer type's dataset size m_j+ and price q_j+,
 * and how far the result is from OPT.
 *
 * @param nPlus N+, the profit-maximizing total amount of data (0 only when the paper's range
 *     {1..floor(|B|/c_1)} is empty)
 * @param searchLimit floor(|B|/c_1), the last N of the range
 * @param solution the pricing solution at N+ (curve q_{N+}, its revenue and certified bound)
 * @param purchases m_j+ per buyer type, by the purchase model (4) under the curve
 * @param prices q_j+ = q_{N+}(m_j+) per buyer type, in {@link ValueUnits}
 * @param profit profit_{N+} = sum over all buyers of q_j+ minus c_1 N+, exact
 * @param profitUpperBound a certified upper bound on OPT = max over all N >= 0 of
 *     rev^OPT(N) - c_1 N of (3), exact
 * @param solved how many N the pricer was run on (the rest were pruned)
 */
public record Algorithm1Result(int nPlus, int searchLimit, PricingSolution solution, int[] purchases, long[] prices,
        BigFraction profit, BigFraction profitUpperBound, int solved) {
    public Algorithm1Result {
        purchases = purchases.clone();
        prices = prices.clone();
        if (FractionOrder.compare(profitUpperBound, profit) < 0) {
            throw new IllegalArgumentException("upper bound " + profitUpperBound + " below profit " + profit);
        }
    }

    /**
     * IRB (paper 000, section 2.1): every buyer's utility v_j(m_j+) - q_j+ is non-negative, judged
     * by the verified kernel. The JML contract of {@link Algorithm1#run}, the property tests and
     * {@code verify} all use this predicate.
     *
     * @param values the valuations tabulated up to N+
     */
    /*@ pure @*/
    public boolean individuallyRationalForBuyers(ValueTable values) {
        return EnvyJudge.individuallyRationalOnCurve(values, solution.curve(), purchases);
    }

    /**
     * EFB (paper 000, section 2.1): no buyer prefers another's (m_k+, q_k+), nor any other point of
     * the curve q_{N+}, to her own; judged by the verified kernel.
     *
     * @param values the valuations tabulated up to N+
     */
    /*@ pure @*/
    public boolean envyFreeForBuyers(ValueTable values) {
        return EnvyJudge.envyFree(values, EnvyFreeScheme.of(purchases, prices))
                && EnvyJudge.envyFreeOnCurve(values, solution.curve(), purchases);
    }

    @Override
    public int[] purchases() {
        return purchases.clone();
    }

    @Override
    public long[] prices() {
        return prices.clone();
    }

    /** @return the certified optimality gap profitUpperBound - profit, >= 0 */
    public BigFraction gap() {
        return profitUpperBound.subtract(profit);
    }
}
