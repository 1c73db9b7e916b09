package org.marketproof.market.pricing;

import org.marketproof.algebra.FractionOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.MarketInstance;

/**
 * Algorithm 1 of paper 000: profit_N = rev-bar(N, q_N) - c_1 N for N in {1, ..., floor(|B|/c_1)},
 * with q_N from an ordered-item pricer, and N+ = the smallest maximiser.
 *
 * <p><b>Range.</b> The paper's range: N >= 1, up to floor(|B|/c_1) (beyond it c_1 N > |B| >=
 * any revenue). When floor(|B|/c_1) &lt; 1 the range is empty; then every N &gt;= 1 loses money and
 * the result is N+ = 0 with nothing sold and profit 0, which is OPT. The paper's range leaves out
 * N = 0, so when collecting nothing is strictly best the result loses money: Lemma 2 is false
 * there (specs/pricing.md, finding PR2); {@link Algorithm1Result#gap()} shows it.
 *
 * <p><b>Efficiency.</b> Valuations are tabulated once up to floor(|B|/c_1) (refused with an
 * {@link InvalidInputException} on {@code contributors.cost} above {@link #MAX_TABLE_CELLS}
 * numbers). rev^OPT(N) &lt;= sum_j v_j(N) =: S(N) (IRB), so profit_N &lt;= S(N) - c_1 N; an N whose
 * bound is below the best profit found (or equal, at a larger N than the incumbent) cannot
 * change N+ and is not priced. The N with the largest bound is priced first. Bounds are screened
 * in doubles with an error margin and decided exactly (BigFraction) near the incumbent.
 *
 * <p><b>Certified gap.</b> OPT is at most the largest of: 0 (N = 0); for priced N, its pricer's
 * upper bound minus c_1 N; for pruned N, S(N) - c_1 N, which is at most the final profit; for
 * N > floor(|B|/c_1), a negative number.
 */
public final class Algorithm1 {

    /** Largest K (floor(|B|/c_1) + 1) valuation table Algorithm 1 will build (256 MiB of longs). */
    public static final long MAX_TABLE_CELLS = 32_000_000L;

    private static final BigFraction UNIT = ValueUnits.toExact(1);

    private Algorithm1() {
    }

    /*@ public behavior
      @ ensures \result.individuallyRationalForBuyers(ValueTable.of(instance, \result.nPlus()));
      @ ensures \result.envyFreeForBuyers(ValueTable.of(instance, \result.nPlus()));
      @ signals_only InvalidInputException;
      @*/
    /**
     * Algorithm 1 on a market instance: tabulates every buyer type's v^d_j(m) in
     * {@link ValueUnits} for m up to floor(|B|/c_1), then runs
     * {@link #run(ValueTable, double, OrderedItemPricer)}.
     *
     * @param instance the market: buyer types with their valuations and counts (|B| buyers in
     *     all), the data variance, and the contributors, whose cheapest cost per point
     *     c_1 = {@code instance.cost(0)} bounds the range of N
     * @param pricer the ordered-item pricing algorithm A that gives q_N
     * @return N+, q_{N+}, each type's m_j+ and q_j+, the exact profit_{N+} and a certified upper
     *     bound on OPT of (3)
     * @throws InvalidInputException on {@code contributors.cost} if floor(|B|/c_1) is too large to
     *     tabulate
     * @throws IllegalArgumentException if a valuation v^d_j(m) lies outside [0, 1]
     */
    public static Algorithm1Result run(MarketInstance instance, OrderedItemPricer pricer) {
        double c1 = instance.cost(0);
        long buyers = instance.buyerCount();
        BigDecimal limitExact = searchLimit(buyers, c1);
        int types = instance.buyers().size();
        if (limitExact.compareTo(BigDecimal.valueOf(MAX_TABLE_CELLS / types - 1)) > 0) {
            throw new InvalidInputException("contributors.cost",
                    "the cheapest cost c_1 = " + c1 + " (" + instance.contributors().get(0).name()
                            + ") makes Algorithm 1 search N up to floor(|B|/c_1) = " + limitExact.toPlainString()
                            + " with |B| = " + buyers + " buyers in " + types + " types; at most "
                            + (MAX_TABLE_CELLS / types - 1) + " is supported");
        }
        int limit = limitExact.intValueExact();
        return run(ValueTable.of(instance, limit), c1, pricer);
    }

    /**
     * The last N of Algorithm 1's range: beyond it c_1 N &gt; |B|, more than any revenue, since
     * every value lies in [0, 1].
     *
     * @param buyers |B|, the number of buyers counted with multiplicity, &gt;= 0
     * @param c1 c_1, the smallest contributor cost per data point on the value scale [0, 1] (a
     *     real number, not {@link ValueUnits}); finite and &gt; 0
     * @return floor(|B|/c_1), exactly
     * @throws IllegalArgumentException if c1 is NaN, infinite or &lt;= 0
     */
    public static BigDecimal searchLimit(long buyers, double c1) {
        if (!(c1 > 0) || !Double.isFinite(c1)) {
            throw new IllegalArgumentException("c_1 must be finite and > 0: " + c1);
        }
        return BigDecimal.valueOf(buyers).divide(new BigDecimal(c1), 0, RoundingMode.FLOOR);
    }

    /**
     * Algorithm 1 on tabulated valuations.
     *
     * @param values tabulated at least up to floor(|B|/c_1)
     * @param c1 the smallest cost, finite and > 0
     * @param pricer the ordered-item pricing algorithm A; its
     *     {@link OrderedItemPricer#algorithm1} searches the range
     * @return N+, q_{N+}, each type's m_j+ and q_j+, the exact profit_{N+} and a certified upper
     *     bound on OPT of (3); N+ = 0 with nothing sold when floor(|B|/c_1) = 0
     * @throws IllegalArgumentException if c1 is not finite and &gt; 0, or {@code values} stops
     *     before floor(|B|/c_1)
     */
    public static Algorithm1Result run(ValueTable values, double c1, OrderedItemPricer pricer) {
        BigDecimal limitExact = searchLimit(values.buyers(), c1);
        if (limitExact.compareTo(BigDecimal.valueOf(values.maxSize())) > 0) {
            throw new IllegalArgumentException("table up to " + values.maxSize() + " < floor(|B|/c_1) = " + limitExact);
        }
        int limit = limitExact.intValueExact();
        if (limit == 0) {
            PricingSolution nothing = new PricingSolution(PriceCurve.of(new long[1]), 0, 0);
            return new Algorithm1Result(0, limit, nothing, new int[values.types()], new long[values.types()],
                    BigFraction.ZERO, BigFraction.ZERO, 0);
        }
        return pricer.algorithm1(values, c1, limit);
    }

    /**
     * Algorithm 1 as the paper states it: every N of the range priced by {@code pricer}, except the
     * N that the IRB bound S(N) - c_1 N shows cannot beat the incumbent.
     *
     * @param limit floor(|B|/c_1) >= 1, at most the table's size
     */
    static Algorithm1Result perN(ValueTable values, double c1, int limit, OrderedItemPricer pricer) {
        BigFraction cost = BigFraction.from(c1);
        double margin = Math.scalb((double) values.buyers() + 1, -45);
        double[] bound = new double[limit + 1];
        int first = 1;
        for (int n = 1; n <= limit; n++) {
            bound[n] = ValueUnits.toDouble(values.totalValue(n)) - c1 * n;
            if (bound[n] > bound[first]) {
                first = n;
            }
        }
        Search s = new Search(values, cost, pricer);
        s.solve(first);
        for (int n = 1; n <= limit; n++) {
            if (n == first || bound[n] < s.bestDouble - margin) {
                continue;
            }
            BigFraction exactBound = UNIT.multiply(values.totalValue(n)).subtract(cost.multiply(n));
            int cmp = FractionOrder.compare(exactBound, s.best);
            if (cmp > 0 || (cmp == 0 && n < s.nPlus)) {
                s.solve(n);
            }
        }
        PriceCurve curve = s.bestSolution.curve();
        int[] purchases = new int[values.types()];
        long[] prices = new long[values.types()];
        for (int k = 0; k < purchases.length; k++) {
            purchases[k] = curve.purchase(values, k);
            prices[k] = curve.price(purchases[k]);
        }
        return new Algorithm1Result(s.nPlus, limit, s.bestSolution, purchases, prices, s.best, s.upper, s.solved);
    }

    /** The incumbent of the search over N. */
    private static final class Search {
        private final ValueTable values;
        private final BigFraction cost;
        private final OrderedItemPricer pricer;
        private int nPlus;
        private PricingSolution bestSolution;
        private BigFraction best;
        private double bestDouble;
        /** max(0 for N = 0, each priced N's upper bound minus c_1 N). */
        private BigFraction upper = BigFraction.ZERO;
        private int solved;

        Search(ValueTable values, BigFraction cost, OrderedItemPricer pricer) {
            this.values = values;
            this.cost = cost;
            this.pricer = pricer;
        }

        void solve(int n) {
            PricingSolution sol = pricer.price(values, n);
            solved++;
            BigFraction spent = cost.multiply(n);
            BigFraction profit = UNIT.multiply(sol.revenue()).subtract(spent);
            BigFraction ub = UNIT.multiply(sol.upperBound()).subtract(spent);
            upper = FractionOrder.max(upper, ub);
            int cmp = best == null ? 1 : FractionOrder.compare(profit, best);
            if (cmp > 0 || (cmp == 0 && n < nPlus)) {
                best = profit;
                bestDouble = profit.doubleValue();
                nPlus = n;
                bestSolution = sol;
            }
        }
    }
}
