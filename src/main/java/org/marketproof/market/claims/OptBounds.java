package org.marketproof.market.claims;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.io.Decimals;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.pricing.ValueUnits;

/**
 * Certified bounds on OPT of (1)/(3), paper 000: OPT = max over N >= 0 of rev^OPT(N) - c_1 N, on the
 * rounded valuations (value units, as all pricing). Computed once per instance, independently of
 * any mechanism under audit.
 *
 * <ul>
 *   <li>Lower: OPT >= 0 (N = 0 sells nothing); OPT >= the profit of any envy-free, individually
 *       rational scheme, here the best single-price scheme and a reference run of Algorithm 1
 *       with the exact {@link LagrangianPricer} (floor(|B|/c_1) &lt;= {@link #MAX_REFERENCE}); the scheme attaining
 *       the bound is kept as its witness and re-checked by {@link #profitIfEnvyFree}.
 *   <li>Upper: IRB gives p_j &lt;= v_j(m_j) &lt;= v_j(N), so rev^OPT(N) - c_1 N &lt;= sum_j v_j(N) - c_1 N
 *       (values as computed in doubles, which are at least the rounded ones); above the scanned range
 *       sum_j v_j(N) &lt;= |B|; and the reference run's certified {@code profitUpperBound}.
 * </ul>
 *
 * @param lower a certified lower bound on OPT
 * @param witness the scheme (N, m_j, p_j) whose profit is {@code lower}, or null when it is 0
 * @param upper a certified upper bound on OPT
 * @param collectingUpper an upper bound on rev^OPT(N) - c_1 N over every N >= 1 (what any run of
 *     Algorithm 1 can return, whatever its pricer)
 * @param source how the bounds were obtained
 */
public record OptBounds(BigFraction lower, GivenPricing witness, BigFraction upper, BigFraction collectingUpper,
        String source) {

    /** The largest N scanned by the simple bounds; beyond it sum_j v_j(N) <= |B| applies. */
    static final int MAX_SCAN = 20_000;

    /** The largest floor(|B|/c_1) of a reference run (issue 9: 8 types at 10,000 take about a minute). */
    static final int MAX_REFERENCE = 10_000;

    /** The reference run's pricer: exact. */
    private static final OrderedItemPricer REFERENCE = new LagrangianPricer();

    private static final Map<MarketInstance, OptBounds> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MarketInstance, OptBounds> e) {
            return size() > 64;
        }
    });

    /**
     * @param instance the market
     * @return the bounds for {@code instance} (cached: instances are values)
     */
    public static OptBounds of(MarketInstance instance) {
        OptBounds b = CACHE.get(instance);
        if (b == null) {
            b = compute(instance);
            CACHE.put(instance, b);
        }
        return b;
    }

    /** @return upper - lower */
    public BigFraction gap() {
        return upper.subtract(lower);
    }

    /** @return the bounds as {@code [lower, upper]} in decimals */
    public String describe() {
        return "OPT in [" + Decimals.decimal(lower) + ", " + Decimals.decimal(upper) + "] (certified: " + source + ")";
    }

    private static OptBounds compute(MarketInstance instance) {
        double c1 = instance.cost(0);
        long buyers = instance.buyerCount();
        BigDecimal limit = Algorithm1.searchLimit(buyers, c1);
        int cap = limit.min(BigDecimal.valueOf(MAX_SCAN)).intValueExact();
        BigFraction cost = BigFraction.from(c1);
        BigFraction collecting = null;
        BigFraction lower = BigFraction.ZERO;
        GivenPricing witness = null;
        for (int n = 1; n <= cap; n++) {
            BigFraction total = BigFraction.ZERO;
            long[] units = new long[instance.buyers().size()];
            for (int j = 0; j < units.length; j++) {
                double v = instance.buyers().get(j).valuation().dataValue(n, instance.variance());
                total = total.add(BigFraction.from(v).multiply(instance.buyers().get(j).count()));
                units[j] = ValueUnits.fromValue(v);
            }
            BigFraction c = cost.multiply(n);
            collecting = collecting == null ? total.subtract(c) : FractionOrder.max(collecting, total.subtract(c));
            GivenPricing single = singlePrice(instance, n, units);
            BigFraction p = profitIfEnvyFree(instance, single).orElseThrow();
            if (FractionOrder.compare(p, lower) > 0) {
                lower = p;
                witness = single;
            }
        }
        // N > cap (or every N when the range is empty): revenue <= |B|, so profit <= |B| - c_1 (cap + 1)
        BigFraction tail = BigFraction.of(buyers).subtract(cost.multiply(cap + 1L));
        if (collecting == null || limit.compareTo(BigDecimal.valueOf(cap)) > 0) {
            collecting = collecting == null ? tail : FractionOrder.max(collecting, tail);
        }
        BigFraction upper = FractionOrder.max(BigFraction.ZERO, collecting);
        String source = "IRB bound sum_j v_j(N) - c_1 N" + (limit.compareTo(BigDecimal.valueOf(cap)) > 0
                ? " (N <= " + cap + ", |B| - c_1 N beyond)" : "") + ", best single-price scheme";
        Optional<Algorithm1Result> run = reference(instance, limit);
        if (run.isPresent()) {
            Algorithm1Result a1 = run.get();
            upper = FractionOrder.compare(a1.profitUpperBound(), upper) < 0 ? a1.profitUpperBound() : upper;
            if (a1.nPlus() > 0) {
                GivenPricing scheme = new GivenPricing(a1.nPlus(), a1.purchases(), a1.prices());
                Optional<BigFraction> p = profitIfEnvyFree(instance, scheme);
                if (p.isPresent() && FractionOrder.compare(p.get(), lower) > 0) {
                    lower = p.get();
                    witness = scheme;
                }
            }
            source += ", Algorithm 1 with the reference pricer " + REFERENCE.name();
        }
        return new OptBounds(lower, witness, upper, collecting, source);
    }

    private static Optional<Algorithm1Result> reference(MarketInstance instance, BigDecimal limit) {
        if (limit.signum() == 0 || limit.compareTo(BigDecimal.valueOf(MAX_REFERENCE)) > 0) {
            return Optional.empty(); // beyond what the catalog should spend; the simple bounds stand
        }
        try {
            return Optional.of(Algorithm1.run(instance, REFERENCE));
        } catch (InvalidInputException tooLarge) {
            return Optional.empty();
        }
    }

    /** Everyone whose rounded value reaches the best single price p buys N points at p; the others nothing. */
    private static GivenPricing singlePrice(MarketInstance instance, int n, long[] units) {
        long best = 0;
        long bestRevenue = 0;
        for (long p : units) {
            long buyers = 0;
            for (int j = 0; j < units.length; j++) {
                buyers += units[j] >= p ? instance.buyers().get(j).count() : 0;
            }
            if (p * buyers > bestRevenue) {
                best = p;
                bestRevenue = p * buyers;
            }
        }
        int[] purchases = new int[units.length];
        long[] prices = new long[units.length];
        for (int j = 0; j < units.length; j++) {
            if (best > 0 && units[j] >= best) {
                purchases[j] = n;
                prices[j] = best;
            }
        }
        return new GivenPricing(n, purchases, prices);
    }

    /**
     * The one predicate for "a feasible scheme" of (1): every m_j <= N, and on the rounded
     * valuations every buyer weakly prefers her own (m_j, p_j) to every other type's and to (0, 0).
     *
     * @return the scheme's profit sum_j p_j - c_1 N when it is envy-free and individually rational
     */
    static Optional<BigFraction> profitIfEnvyFree(MarketInstance instance, GivenPricing scheme) {
        int types = instance.buyers().size();
        if (scheme.purchases().length != types) {
            return Optional.empty();
        }
        BigFraction revenue = BigFraction.ZERO;
        for (int j = 0; j < types; j++) {
            BigFraction own = BuyerValues.value(instance, j, scheme.purchases()[j])
                    .subtract(ValueUnits.toExact(scheme.prices()[j]));
            if (own.signum() < 0) {
                return Optional.empty();
            }
            for (int k = 0; k < types; k++) {
                BigFraction other = BuyerValues.value(instance, j, scheme.purchases()[k])
                        .subtract(ValueUnits.toExact(scheme.prices()[k]));
                if (FractionOrder.compare(other, own) > 0) {
                    return Optional.empty();
                }
            }
            revenue = revenue.add(ValueUnits.toExact(scheme.prices()[j]).multiply(instance.buyers().get(j).count()));
        }
        return Optional.of(revenue.subtract(BigFraction.from(instance.cost(0)).multiply(scheme.nPlus())));
    }
}
