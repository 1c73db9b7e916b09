package org.marketproof.market.pricing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;

/**
 * The exact ordered-item pricer and exact Algorithm 1 of paper 000 (section 2.2), by branch and
 * bound over size-ordered assignments with the chain bound ({@link ChainSearch}; proofs in
 * specs/pricing.md, "Exact Algorithm 1").
 *
 * <p>{@link #price} computes rev^OPT(N) = rev-bar^OPT(N) (Lemma 1) for one N. {@link #algorithm1}
 * does not price each N of Algorithm 1's range: by Lemma N the best profit over N in
 * {1..floor(|B|/c_1)} is the best over schemes with largest size N in that range of revenue - c_1 N,
 * so one search covers the whole range, and a node's bound covers every N above its sizes at once.
 *
 * <p>With a finite node budget the search may stop early; the answer is then the best scheme found
 * with a certified upper bound (the largest bound of the unexplored part of the tree), so the gap is
 * reported, never hidden. Results of Algorithm 1 are cached by (valuation table, c_1): the claim
 * battery runs Algorithm 1 on one instance several times.
 */
public final class ExactChainPricer implements OrderedItemPricer {

    /** Nodes after which a budgeted search stops (about 20-60 s on one core of the reference machine). */
    public static final long DEFAULT_BUDGET = 200_000_000L;

    private static final int CACHE_SIZE = 8;
    private static final Map<CacheKey, Algorithm1Result> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, Algorithm1Result> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final long nodeBudget;
    private final int threads;

    /** An exact pricer without budget on all cores. */
    public ExactChainPricer() {
        this(Long.MAX_VALUE, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param nodeBudget search nodes after which the answer is the best found, with its certified gap
     * @param threads worker threads, at least 1
     */
    public ExactChainPricer(long nodeBudget, int threads) {
        if (nodeBudget < 1 || threads < 1) {
            throw new IllegalArgumentException("budget and threads must be >= 1");
        }
        this.nodeBudget = nodeBudget;
        this.threads = threads;
    }

    @Override
    public String name() {
        return nodeBudget == Long.MAX_VALUE ? "exact" : "exact (stops after " + nodeBudget + " search nodes)";
    }

    @Override
    public PricingSolution price(ValueTable values, int n) {
        ChainSearch.Outcome o = ChainSearch.run(problem(values, n, UnitCost.none(n), 0), threads, nodeBudget);
        EnvyFreeScheme best = EnvyFreeScheme.of(o.sizes(), o.prices());
        PriceCurve curve = Lemma1Construction.curve(values, best, n);
        long revenue = curve.revenue(values);
        long bound = o.complete() ? best.revenue(values)
                : Math.max(revenue, Math.min(o.openBound(), values.totalValue(n)));
        return new PricingSolution(curve, revenue, bound);
    }

    @Override
    public Algorithm1Result algorithm1(ValueTable values, double c1, int limit) {
        CacheKey key = new CacheKey(values.toRows(), counts(values), c1, limit, nodeBudget);
        synchronized (CACHE) {
            Algorithm1Result hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Algorithm1Result r = solve(values, c1, limit);
        synchronized (CACHE) {
            CACHE.put(key, r);
        }
        return r;
    }

    private Algorithm1Result solve(ValueTable values, double c1, int limit) {
        UnitCost cost = UnitCost.of(c1, limit);
        ChainSearch.Outcome o = ChainSearch.run(problem(values, limit, cost, 1), threads, nodeBudget);
        int nPlus = o.top();
        EnvyFreeScheme best = EnvyFreeScheme.of(o.sizes(), o.prices());
        PriceCurve curve = Lemma1Construction.curve(values, best, nPlus);
        long revenue = curve.revenue(values);
        BigFraction spent = BigFraction.from(c1).multiply(nPlus);
        BigFraction profit = ValueUnits.toExact(revenue).subtract(spent);
        BigFraction upper = FractionOrder.max(BigFraction.ZERO, profit);
        long revenueBound = best.revenue(values);
        if (!o.complete()) {
            upper = FractionOrder.max(upper, ValueUnits.toExact(o.openBound()));
            // rev^OPT(N+) - c N+ <= OPT <= upper
            long atN = upper.add(spent).multiply(ValueUnits.ONE).bigDecimalValue(0, java.math.RoundingMode.FLOOR)
                    .longValueExact();
            revenueBound = Math.max(revenue, Math.min(atN, values.totalValue(nPlus)));
        }
        int[] purchases = new int[values.types()];
        long[] prices = new long[values.types()];
        for (int k = 0; k < purchases.length; k++) {
            purchases[k] = curve.purchase(values, k);
            prices[k] = curve.price(purchases[k]);
        }
        return new Algorithm1Result(nPlus, limit, new PricingSolution(curve, revenue, Math.max(revenue, revenueBound)),
                purchases, prices, profit, upper, (int) Math.min(Integer.MAX_VALUE, o.nodes()));
    }

    /** The search problem on sizes 0..cap: candidates are each type's jump sizes and 0 (Lemma S1). */
    static ChainSearch.Problem problem(ValueTable values, int cap, UnitCost cost, int minTop) {
        int k = values.types();
        long[][] rows = new long[k][];
        boolean[][] candidates = new boolean[k][cap + 1];
        for (int l = 0; l < k; l++) {
            long[] full = values.toRow(l);
            rows[l] = Arrays.copyOf(full, cap + 1);
            for (int m : values.jumpSizes(l, cap)) {
                candidates[l][m] = true;
            }
        }
        return new ChainSearch.Problem(rows, counts(values), candidates, cost, minTop);
    }

    private static int[] counts(ValueTable values) {
        int[] c = new int[values.types()];
        for (int l = 0; l < c.length; l++) {
            c[l] = values.count(l);
        }
        return c;
    }

    /** Algorithm 1's inputs, compared by content. */
    private record CacheKey(long[][] rows, int[] counts, double c1, int limit, long budget) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CacheKey k && Arrays.deepEquals(rows, k.rows) && Arrays.equals(counts, k.counts)
                    && Double.compare(c1, k.c1) == 0 && limit == k.limit && budget == k.budget;
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(rows) * 31 + Arrays.hashCode(counts) + Double.hashCode(c1) + limit;
        }
    }
}
