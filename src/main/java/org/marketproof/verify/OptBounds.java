package org.marketproof.verify;

import org.marketproof.algebra.FractionOrder;
import java.util.Arrays;
import org.apache.commons.numbers.fraction.BigFraction;
import java.math.BigDecimal;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.ValueUnits;

/**
 * Certified bounds on OPT of (1)/(3), paper 000: OPT = max_N rev^OPT(N) - c_1 N. The tighter of two
 * sources on each side: Algorithm 1 run with the grid pricer (its profit is feasible, being IRB and
 * EFB by its contract, and its {@code profitUpperBound} is certified), and the simple bounds below,
 * which also serve alone when floor(|B|/c_1) exceeds {@link #MAX_SCAN}.
 *
 * <ul>
 *   <li>Upper: IRB gives p_j <= v_j(m_j) <= v_j(N), so rev^OPT(N) <= sum_j v_j(N); for N above the
 *       scanned range, sum_j v_j(N) - c_1 N <= |B| - c_1 N. Values are taken as computed in doubles
 *       plus a slack of 1e-9 per buyer for their rounding.
 *   <li>Lower: selling N points to every buyer at one price p (the other option being nothing) is
 *       envy-free and, with p at most the buyers' rounded-down value, individually rational; the best
 *       such p at the best N is a feasible profit.
 * </ul>
 *
 * @param lower a lower bound on OPT
 * @param upper an upper bound on OPT
 * @param scanned the largest N scanned by the simple bounds
 * @param source which bounds were used
 */
public record OptBounds(BigFraction lower, BigFraction upper, int scanned, String source) {

    /** The epsilon of the grid pricer used for the bounds (the CLI default). */
    static final double EPSILON = 0.01;

    /** The largest N scanned; beyond it the tail bound |B| - c_1 N applies. */
    static final int MAX_SCAN = 20_000;

    public static OptBounds of(MarketInstance instance) {
        OptBounds simple = simple(instance);
        if (Algorithm1.searchLimit(instance.buyerCount(), instance.cost(0)).compareTo(BigDecimal.valueOf(MAX_SCAN)) > 0) {
            return simple; // Algorithm 1 would tabulate more N than the battery should spend time on
        }
        try {
            Algorithm1Result a1 = Algorithm1.run(instance, new GridPricer(EPSILON));
            BigFraction upper = FractionOrder.compare(a1.profitUpperBound(), simple.upper) < 0 ? a1.profitUpperBound()
                    : simple.upper;
            return new OptBounds(FractionOrder.max(simple.lower, a1.profit()), upper, simple.scanned,
                    "Algorithm 1 (grid pricer, epsilon " + EPSILON + ") and IRB/single-price bounds");
        } catch (InvalidInputException tooLarge) {
            return simple;
        }
    }

    private static OptBounds simple(MarketInstance instance) {
        double c1 = instance.cost(0);
        long buyers = instance.buyerCount();
        int cap = (int) Math.min(MAX_SCAN, Math.ceil(buyers / c1));
        BigFraction cost = BigFraction.from(c1);
        BigFraction slack = BigFraction.of(buyers, 1_000_000_000L);
        BigFraction upper = BigFraction.ZERO; // N = 0 sells nothing
        BigFraction lower = BigFraction.ZERO;
        for (int n = 1; n <= cap; n++) {
            BigFraction total = BigFraction.ZERO;
            long[] units = new long[instance.buyers().size()];
            for (int j = 0; j < units.length; j++) {
                BuyerType b = instance.buyers().get(j);
                double v = b.valuation().dataValue(n, instance.variance());
                total = total.add(BigFraction.from(v).multiply(b.count()));
                units[j] = ValueUnits.fromValue(v);
            }
            BigFraction c = cost.multiply(n);
            upper = max(upper, total.add(slack).subtract(c));
            lower = max(lower, bestSinglePrice(instance, units).subtract(c));
        }
        upper = max(upper, BigFraction.of(buyers).subtract(cost.multiply(cap + 1L)));
        return new OptBounds(lower, upper, cap, "IRB and single-price bounds");
    }

    private static BigFraction bestSinglePrice(MarketInstance instance, long[] units) {
        long[] candidates = units.clone();
        Arrays.sort(candidates);
        long best = 0;
        for (long p : candidates) {
            long buyers = 0;
            for (int j = 0; j < units.length; j++) {
                if (units[j] >= p) {
                    buyers += instance.buyers().get(j).count();
                }
            }
            best = Math.max(best, p * buyers);
        }
        return ValueUnits.toExact(best);
    }

    private static BigFraction max(BigFraction a, BigFraction b) {
        return FractionOrder.max(a, b);
    }
}
