package org.marketproof.market.pricing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Progress;

/**
 * The exact ordered-item pricer and exact Algorithm 1 of paper 000 (section 2.2), by branch and
 * bound with flow bounds, the Lagrangian relaxation of the envy-freeness constraints (proofs in
 * specs/pricing.md, "Exact pricing" and "Exact Algorithm 1").
 *
 * <p>{@link #price} computes rev^OPT(N) = rev-bar^OPT(N) (Lemma 1) for one N ({@link BoxSearch}).
 * {@link #algorithm1} searches Algorithm 1's range {1..floor(|B|/c_1)} as a whole
 * ({@link Algorithm1Search}): every N it does not price exactly is closed by a certified bound.
 *
 * <p>With a finite box budget the search may stop early; the answer is then the best scheme found,
 * and its certified upper bound (and so the gap) is reported, never hidden. The results of Algorithm 1
 * searches that finished are cached by (valuation table, c_1, budget, threads): the claim battery runs
 * Algorithm 1 on one instance several times.
 *
 * <p>Algorithm 1 uses several threads (see {@link #DEFAULT_THREADS}); the pricer is safe to share
 * between threads.
 */
public final class LagrangianPricer implements OrderedItemPricer {

    private static final int CACHE_SIZE = 8;
    private static final Map<CacheKey, Algorithm1Result> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, Algorithm1Result> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * N that Algorithm 1 examines at once by default: two, the cores of the machine the suite is
     * built for. A constant rather than the cores of the running machine, so that the work figures
     * a run prints (how many N were priced) are the same everywhere; the answer never depends on it.
     */
    public static final int DEFAULT_THREADS = 2;

    /** Below this N a single pricing starts from scratch; above it, from the optimum at N / 2. */
    static final int WARM_START_FROM = 32;

    private final long budget;
    private final int threads;
    private final Progress progress;

    /** The exact pricer, without budget, examining {@value #DEFAULT_THREADS} N at once. */
    public LagrangianPricer() {
        this(Long.MAX_VALUE, DEFAULT_THREADS, Progress.NONE);
    }

    /**
     * @param budget boxes after which the answer is the best found, with its certified bound
     * @param threads how many N Algorithm 1 examines at once ({@code >= 1})
     * @throws IllegalArgumentException if {@code budget < 1} or {@code threads < 1}
     * @see #LagrangianPricer(long, int, Progress)
     */
    public LagrangianPricer(long budget, int threads) {
        this(budget, threads, Progress.NONE);
    }

    /**
     * @param budget boxes after which the answer is the best found, with its certified bound
     * @param threads how many N Algorithm 1 examines at once, each on its own thread ({@code >= 1});
     *     N+, the profit, the scheme and, when the search completes, the bound do not depend on it
     * @param progress told, after each round of Algorithm 1, how many N of the range are closed
     *     (priced, or bounded below what the incumbent earns); never a profit
     * @throws IllegalArgumentException if {@code budget < 1} or {@code threads < 1}
     */
    public LagrangianPricer(long budget, int threads, Progress progress) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be >= 1: " + budget);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.budget = budget;
        this.threads = threads;
        this.progress = progress;
    }

    /** @return whether this pricer always finishes (no budget), so its answers are optimal */
    public boolean exact() {
        return budget == Long.MAX_VALUE;
    }

    @Override
    public String name() {
        return budget == Long.MAX_VALUE ? "exact" : "exact (stops after " + budget + " boxes)";
    }

    @Override
    public PricingSolution price(ValueTable values, int n) {
        BoxSearch.Outcome o = priceFromBelow(values, n, budget);
        EnvyFreeScheme best = EnvyFreeScheme.of(o.sizes(), o.prices());
        PriceCurve curve = Lemma1Construction.curve(values, best, n);
        long revenue = curve.revenue(values);
        return new PricingSolution(curve, revenue, Math.max(revenue, o.upperBound()));
    }

    /**
     * rev^OPT(N) with a warm start from below: by Lemma M the optimum at floor(N / 2) is a scheme of
     * EF(N), so its revenue is a floor the search at N may prune with (it then only looks for better
     * schemes, and keeps the one from below if there is none). Without it the branch and bound can
     * spend minutes below that floor on 6 types at N = 4,000 (specs/pricing.md, "Scaling").
     *
     * @return the best scheme of EF(N) found within the budget, with its certified bound
     */
    private static BoxSearch.Outcome priceFromBelow(ValueTable values, int n, long budget) {
        Tables t = Tables.of(values, n);
        if (n < WARM_START_FROM) {
            return new BoxSearch(t.rows, t.counts, budget).solve(t.domains, 0);
        }
        BoxSearch.Outcome below = priceFromBelow(values, n / 2, budget);
        long left = Math.max(1, budget - below.boxes());
        BoxSearch.Outcome o = new BoxSearch(t.rows, t.counts, left).solve(t.domains, below.revenue());
        long boxes = below.boxes() + o.boxes();
        if (o.sizes() != null) {
            return new BoxSearch.Outcome(o.sizes(), o.prices(), o.revenue(), o.upperBound(), o.complete(), boxes);
        }
        // nothing at or above the floor was found (possible only when the budget ran out)
        return new BoxSearch.Outcome(below.sizes(), below.prices(), below.revenue(),
                Math.max(below.revenue(), o.upperBound()), o.complete(), boxes);
    }

    @Override
    public Algorithm1Result algorithm1(ValueTable values, double c1, int limit) {
        CacheKey key = new CacheKey(values.toRows(), Tables.of(values, 0).counts, c1, limit, budget, threads);
        synchronized (CACHE) {
            Algorithm1Result hit = CACHE.get(key);
            if (hit != null) {
                // only complete searches are cached: the one that found it closed the whole range
                progress.report(limit, limit, Algorithm1Search.words(limit, hit.solved()));
                return hit;
            }
        }
        return solve(values, c1, limit, key);
    }

    /** Runs the search and caches its result under {@code key} if it finished. */
    private Algorithm1Result solve(ValueTable values, double c1, int limit, CacheKey key) {
        Tables t = Tables.of(values, limit);
        Algorithm1Search.Outcome o = new Algorithm1Search(t.rows, t.counts, t.domains, UnitCost.of(c1, limit), budget,
                threads, progress).run();
        int nPlus = o.nPlus();
        EnvyFreeScheme best = EnvyFreeScheme.of(o.sizes(), o.prices());
        PriceCurve curve = Lemma1Construction.curve(values, best, nPlus);
        long revenue = curve.revenue(values);
        BigFraction cost = BigFraction.from(c1);
        BigFraction profit = ValueUnits.toExact(revenue).subtract(cost.multiply(nPlus));
        BigFraction bound = ValueUnits.toExact(o.boundRevenue()).subtract(cost.multiply(o.boundN()));
        // OPT = max(0 at N = 0, the range, negative beyond it)
        BigFraction upper = FractionOrder.max(BigFraction.ZERO, FractionOrder.max(profit, bound));
        long revenueBound = revenue;
        if (!o.complete()) {
            // rev^OPT(N+) - c_1 N+ <= the range's bound
            BigFraction atN = upper.add(cost.multiply(nPlus)).multiply(ValueUnits.ONE);
            revenueBound = Math.max(revenue, Math.min(values.totalValue(nPlus),
                    atN.bigDecimalValue(0, java.math.RoundingMode.FLOOR).longValueExact()));
        }
        int[] purchases = new int[values.types()];
        long[] prices = new long[values.types()];
        for (int k = 0; k < purchases.length; k++) {
            purchases[k] = curve.purchase(values, k);
            prices[k] = curve.price(purchases[k]);
        }
        Algorithm1Result r = new Algorithm1Result(nPlus, limit, new PricingSolution(curve, revenue, revenueBound),
                purchases, prices, profit, upper, o.exactSolves());
        if (o.complete()) {
            synchronized (CACHE) {
                CACHE.put(key, r);
            }
        }
        return r;
    }

    /** Valuations up to a cap with each type's candidate sizes: its jump sizes and 0 (Lemma S1). */
    record Tables(long[][] rows, int[] counts, int[][] domains) {
        static Tables of(ValueTable values, int cap) {
            int k = values.types();
            long[][] rows = new long[k][];
            int[][] domains = new int[k][];
            int[] counts = new int[k];
            for (int l = 0; l < k; l++) {
                rows[l] = Arrays.copyOf(values.toRow(l), cap + 1);
                domains[l] = values.jumpSizes(l, cap);
                counts[l] = values.count(l);
            }
            return new Tables(rows, counts, domains);
        }
    }

    /** Algorithm 1's inputs, compared by content. */
    private record CacheKey(long[][] rows, int[] counts, double c1, int limit, long budget, int threads) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CacheKey k && Arrays.deepEquals(rows, k.rows) && Arrays.equals(counts, k.counts)
                    && Double.compare(c1, k.c1) == 0 && limit == k.limit && budget == k.budget
                    && threads == k.threads;
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(rows) * 31 + Arrays.hashCode(counts) + Double.hashCode(c1) + limit + threads;
        }
    }
}
