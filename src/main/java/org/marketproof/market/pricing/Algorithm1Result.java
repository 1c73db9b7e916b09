package org.marketproof.market.pricing;

import org.marketproof.algebra.FractionOrder;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The output of Algorithm 1 of paper 000: N+, each buyer type's dataset size m_j+ and price q_j+,
 * and how far the result is from OPT.
 *
 * <p>An immutable value written as a final class, not a record, because its predicates carry JML
 * and OpenJML cannot read records (see proofs/README.md).
 */
public final class Algorithm1Result {

    private final int nPlus;
    private final int searchLimit;
    private final PricingSolution solution;
    private final int[] purchases;
    private final long[] prices;
    private final BigFraction profit;
    private final BigFraction profitUpperBound;
    private final int solved;

    /**
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
    public Algorithm1Result(int nPlus, int searchLimit, PricingSolution solution, int[] purchases, long[] prices,
            BigFraction profit, BigFraction profitUpperBound, int solved) {
        if (FractionOrder.compare(profitUpperBound, profit) < 0) {
            throw new IllegalArgumentException("upper bound " + profitUpperBound + " below profit " + profit);
        }
        this.nPlus = nPlus;
        this.searchLimit = searchLimit;
        this.solution = solution;
        this.purchases = purchases.clone();
        this.prices = prices.clone();
        this.profit = profit;
        this.profitUpperBound = profitUpperBound;
        this.solved = solved;
    }

    /** @return N+ */
    /*@ pure @*/
    public int nPlus() {
        return nPlus;
    }

    /** @return floor(|B|/c_1) */
    public int searchLimit() {
        return searchLimit;
    }

    /** @return the pricing solution at N+ */
    public PricingSolution solution() {
        return solution;
    }

    /** @return profit_{N+}, exact */
    public BigFraction profit() {
        return profit;
    }

    /** @return the certified upper bound on OPT, exact */
    public BigFraction profitUpperBound() {
        return profitUpperBound;
    }

    /** @return how many N the pricer was run on */
    public int solved() {
        return solved;
    }

    /**
     * IRB (paper 000, section 2.1): every buyer's utility v_j(m_j+) - q_j+ is non-negative, judged
     * by the verified kernel. The JML contract of {@link Algorithm1#run}, the property tests and
     * {@code verify} all use this predicate.
     *
     * @param values the valuations tabulated up to N+
     * @return whether v_j(m_j+) - q_j+ &gt;= 0 for every buyer type j
     * @throws IllegalArgumentException if {@code values} has a different number of buyer types
     * @throws ArrayIndexOutOfBoundsException if {@code values} stops before N+
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
     * @return whether no buyer type strictly prefers another type's (m_k+, q_k+) or any point
     *     (m, q_{N+}(m)) to her own
     * @throws IllegalArgumentException if {@code values} has a different number of buyer types
     * @throws ArrayIndexOutOfBoundsException if {@code values} stops before N+
     */
    /*@ pure @*/
    public boolean envyFreeForBuyers(ValueTable values) {
        return EnvyJudge.envyFree(values, EnvyFreeScheme.of(purchases, prices))
                && EnvyJudge.envyFreeOnCurve(values, solution.curve(), purchases);
    }

    /** @return m_j+ per buyer type (a copy) */
    public int[] purchases() {
        return purchases.clone();
    }

    /** @return q_j+ per buyer type (a copy) */
    public long[] prices() {
        return prices.clone();
    }

    /** @return the certified optimality gap profitUpperBound - profit, >= 0 */
    public BigFraction gap() {
        return profitUpperBound.subtract(profit);
    }
}
