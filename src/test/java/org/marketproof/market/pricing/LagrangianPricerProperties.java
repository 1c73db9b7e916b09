package org.marketproof.market.pricing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;

/**
 * The exact flow-bound solver ({@link LagrangianPricer}) against brute force over every size
 * assignment and against the old exact pricer, and the lemmas it rests on (specs/pricing.md,
 * "Exact pricing"): largest prices are shortest paths (Lemma P), dominance (S1), monotonicity and
 * the IRB bound (Lemma M), the top size (Lemma N) and the flow bound (Lemma F). Every comparison is
 * exact (integer units, fractions).
 */
class LagrangianPricerProperties {

    private static final LagrangianPricer FLOW = new LagrangianPricer();
    private static final LagrangianPricer ONE_THREAD = new LagrangianPricer(Long.MAX_VALUE, 1);
    private static final LagrangianPricer THREE_THREADS = new LagrangianPricer(Long.MAX_VALUE, 3);
    private static final ExactPricer OLD = new ExactPricer();

    @Provide
    Arbitrary<SmallMarket> markets() {
        return Markets.upTo(4, 6);
    }

    /**
     * rev^OPT(N) for every N of the table, by the new solver, the old exact pricer and brute force
     * agree; the new solver's curve reaches it with certified gap 0 and is EF and IR (kernel).
     * Algorithm 1 by the new solver (search over the whole range) and by the old pricer N by N
     * return the same N+ and profit, equal to brute force's, with upper bound = profit whenever the
     * range holds the optimum over N >= 0. The answer (N+, scheme, price curve, profit, bound) is the
     * same whether Algorithm 1 examines one, two or three N at once.
     */
    @Property(tries = 1000)
    void newSolverAgreesWithBruteForceAndTheOldExactPricer(@ForAll("markets") SmallMarket market) {
        ValueTable t = market.table();
        BruteForce brute = BruteForce.of(t);
        for (int n = 0; n <= t.maxSize(); n++) {
            PricingSolution s = FLOW.price(t, n);
            assertEquals(brute.best[n], s.revenue(), "rev^OPT(" + n + ") by brute force");
            assertExactAsTheOldPricer(t, n, s);
        }
        int limit = Algorithm1.searchLimit(t.buyers(), market.c1()).intValueExact();
        if (limit < 1 || limit > t.maxSize()) {
            return;
        }
        Algorithm1Result fresh = Algorithm1.run(t, market.c1(), FLOW);
        Algorithm1Result old = Algorithm1.perN(t, market.c1(), limit, OLD);
        BigFraction cost = BigFraction.from(market.c1());
        BigFraction bestProfit = null;
        int bestN = 0;
        for (int n = 1; n <= limit; n++) {
            BigFraction p = ValueUnits.toExact(brute.best[n]).subtract(cost.multiply(n));
            if (bestProfit == null || FractionOrder.compare(p, bestProfit) > 0) {
                bestProfit = p;
                bestN = n;
            }
        }
        assertEquals(bestN, fresh.nPlus(), "N+ against brute force");
        assertEquals(old.nPlus(), fresh.nPlus(), "N+ against the old exact pricer");
        assertEquals(0, FractionOrder.compare(bestProfit, fresh.profit()), "profit against brute force");
        assertEquals(0, FractionOrder.compare(old.profit(), fresh.profit()), "profit against the old exact pricer");
        assertEquals(0, FractionOrder.compare(old.profitUpperBound(), fresh.profitUpperBound()),
                "certified bound on OPT (both exact)");
        for (LagrangianPricer other : new LagrangianPricer[] {ONE_THREAD, THREE_THREADS}) {
            Algorithm1Result r = Algorithm1.run(t, market.c1(), other);
            assertEquals(fresh.nPlus(), r.nPlus(), "N+ by another number of threads");
            assertArrayEquals(fresh.purchases(), r.purchases(), "the scheme's sizes by another number of threads");
            assertArrayEquals(fresh.prices(), r.prices(), "the scheme's prices by another number of threads");
            assertEquals(fresh.solution().curve(), r.solution().curve(), "the price curve by another number of threads");
            assertEquals(0, FractionOrder.compare(fresh.profitUpperBound(), r.profitUpperBound()));
        }
    }

    /**
     * Algorithm 1 reports how many N of the range are closed: a count that never falls, never exceeds
     * the range, and ends at the whole range when the search is complete.
     */
    @Property(tries = 200)
    void progressCountsClosedN(@ForAll("markets") SmallMarket market) {
        ValueTable t = market.table();
        int limit = Algorithm1.searchLimit(t.buyers(), market.c1()).intValueExact();
        if (limit < 1 || limit > t.maxSize()) {
            return;
        }
        java.util.List<long[]> reports = new java.util.ArrayList<>();
        // a budget no search here reaches: exact, with a cache key of its own
        LagrangianPricer watched = new LagrangianPricer(Long.MAX_VALUE - 1, 2,
                (done, total, searched) -> reports.add(new long[] {done, total}));
        Algorithm1.run(t, market.c1(), watched);
        assertTrue(!reports.isEmpty(), "no progress reported");
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(limit, reports.get(i)[1], "the total is the range");
            assertTrue(reports.get(i)[0] <= limit && (i == 0 || reports.get(i)[0] >= reports.get(i - 1)[0]),
                    "closed N " + reports.get(i)[0] + " after " + (i == 0 ? "none" : reports.get(i - 1)[0]));
        }
        assertEquals(limit, reports.get(reports.size() - 1)[0], "the whole range is closed at the end");
    }

    /**
     * Above {@link LagrangianPricer#WARM_START_FROM} a single pricing starts from the optimum at N / 2
     * (Lemma M); it still finds rev^OPT(N) exactly, as the old exact pricer computes it, with gap 0
     * and an EF and IR curve (kernel).
     */
    @Property(tries = 100)
    void warmStartedPricingIsExact(@ForAll("largerMarkets") SmallMarket market) {
        ValueTable t = market.table();
        int n = t.maxSize();
        assertExactAsTheOldPricer(t, n, FLOW.price(t, n));
    }

    /** The solution earns the old exact pricer's rev^OPT(N), with gap 0, on a curve that is EF and IR (kernel). */
    private static void assertExactAsTheOldPricer(ValueTable t, int n, PricingSolution s) {
        assertEquals(OLD.price(t, n).revenue(), s.revenue(), "rev^OPT(" + n + ") by the old exact pricer");
        assertEquals(0, s.gap());
        int[] chosen = new int[t.types()];
        for (int k = 0; k < chosen.length; k++) {
            chosen[k] = s.curve().purchase(t, k);
        }
        assertTrue(EnvyJudge.envyFreeOnCurve(t, s.curve(), chosen));
        assertTrue(EnvyJudge.individuallyRationalOnCurve(t, s.curve(), chosen));
    }

    @Provide
    Arbitrary<SmallMarket> largerMarkets() {
        return Markets.between(3, LagrangianPricer.WARM_START_FROM, 3 * LagrangianPricer.WARM_START_FROM);
    }

    /**
     * With a box budget the solver may stop early: its answer is still an EF+IR scheme earning at
     * most the optimum, and its certified bounds are still at least the optimum (rev^OPT(N) and
     * OPT over N >= 0).
     */
    @Property(tries = 300)
    void budgetedAnswersKeepTheirCertifiedBounds(@ForAll("markets") SmallMarket market,
            @ForAll("budgets") long budget, @ForAll @IntRange(min = 1, max = 3) int threads) {
        ValueTable t = market.table();
        LagrangianPricer limited = new LagrangianPricer(budget, threads);
        long opt = OLD.price(t, t.maxSize()).revenue();
        PricingSolution s = limited.price(t, t.maxSize());
        assertTrue(s.revenue() <= opt && s.upperBound() >= opt, "revenue " + s.revenue() + ", bound "
                + s.upperBound() + ", optimum " + opt);
        int limit = Algorithm1.searchLimit(t.buyers(), market.c1()).intValueExact();
        if (limit < 1 || limit > t.maxSize()) {
            return;
        }
        Algorithm1Result r = Algorithm1.run(t, market.c1(), limited);
        BigFraction best = Optimum.opt(t, market.c1());
        assertTrue(FractionOrder.compare(r.profit(), best) <= 0, "profit above OPT");
        assertTrue(FractionOrder.compare(r.profitUpperBound(), best) >= 0, "bound below OPT");
        ValueTable upTo = ValueTable.of(java.util.Arrays.stream(t.toRows())
                .map(row -> java.util.Arrays.copyOf(row, r.nPlus() + 1)).toArray(long[][]::new), counts(t));
        assertTrue(r.envyFreeForBuyers(upTo) && r.individuallyRationalForBuyers(upTo));
    }

    @Provide
    Arbitrary<Long> budgets() {
        return Arbitraries.longs().between(1, 4);
    }

    /**
     * Lemma P: the largest EF+IR prices are the shortest-path distances from the outside option, and
     * they exist iff the envy graph has no negative cycle and no negative distance; both
     * implementations ({@link MaxPrices}, {@link EnvyGraph}) agree with an independent Floyd-Warshall,
     * the prices are EF and IR (kernel) and raising any one of them by a unit breaks EF or IR.
     */
    @Property(tries = 300)
    void largestPricesAreShortestPaths(@ForAll("markets") SmallMarket market, @ForAll("seeds") long seed) {
        ValueTable t = market.table();
        java.util.Random r = new java.util.Random(seed);
        int[] sizes = new int[t.types()];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = r.nextInt(t.maxSize() + 1);
        }
        long[] expected = BruteForce.shortestPaths(t, sizes);
        long[] viaBellmanFord = MaxPrices.of(t.toRows(), sizes);
        EnvyGraph g = new EnvyGraph(t.toRows());
        boolean pushed = true;
        for (int k = 0; k < sizes.length && pushed; k++) {
            pushed = g.push(k, sizes[k]);
        }
        if (expected == null) {
            assertNull(viaBellmanFord);
            assertTrue(!pushed, "the envy graph must refuse an infeasible assignment");
            return;
        }
        assertArrayEquals(expected, viaBellmanFord);
        assertTrue(pushed);
        for (int k = 0; k < sizes.length; k++) {
            assertEquals(expected[k], g.price(k + 1));
        }
        EnvyFreeScheme scheme = EnvyFreeScheme.of(sizes, expected);
        assertTrue(EnvyJudge.envyFree(t, scheme) && EnvyJudge.individuallyRational(t, scheme));
        for (int k = 0; k < sizes.length; k++) {
            long[] raised = expected.clone();
            raised[k]++;
            if (raised[k] > ValueUnits.ONE) {
                continue; // above every value: IR fails, and a scheme cannot even hold it
            }
            EnvyFreeScheme up = EnvyFreeScheme.of(sizes, raised);
            assertTrue(!(EnvyJudge.envyFree(t, up) && EnvyJudge.individuallyRational(t, up)),
                    "price " + k + " is not the largest");
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * Dominance (S1): restricting every type to its jump sizes loses nothing. Lemma M: rev^OPT(N) is
     * non-decreasing and at most sum_j n_j v_j(N). Lemma N: when rev^OPT(N) > 0 some optimal
     * assignment at N gives some type exactly N.
     */
    @Property(tries = 300)
    void dominanceMonotonicityAndTheTopSize(@ForAll("markets") SmallMarket market) {
        ValueTable t = market.table();
        BruteForce brute = BruteForce.of(t);
        for (int n = 0; n <= t.maxSize(); n++) {
            assertEquals(brute.best[n], brute.bestOnJumps[n], "jump sizes suffice at N = " + n);
            assertTrue(brute.best[n] <= t.totalValue(n));
            if (n > 0) {
                assertTrue(brute.best[n] >= brute.best[n - 1]);
                if (brute.best[n] > 0) {
                    assertEquals(brute.best[n], brute.bestWithTop[n], "some type buys exactly N = " + n);
                }
            }
        }
    }

    /**
     * Lemma F: for any non-negative integer flows and scale D, D times the revenue of every EF+IR
     * scheme is at most sum_k Psi_k(m_k), so the flow curve bounds rev^OPT(N) for every N.
     */
    @Property(tries = 300)
    void flowBoundsEveryN(@ForAll("markets") SmallMarket market, @ForAll("seeds") long seed) {
        ValueTable t = market.table();
        java.util.Random r = new java.util.Random(seed);
        int types = t.types();
        long[][] flow = new long[types][types];
        for (int a = 0; a < types; a++) {
            for (int b = 0; b < types; b++) {
                flow[a][b] = r.nextInt(4) == 0 ? 0 : r.nextInt(50);
            }
        }
        long scale = 1L << r.nextInt(6);
        FlowBound f = FlowBound.of(t.toRows(), counts(t), flow, scale);
        int[][] domains = new int[types][];
        for (int k = 0; k < types; k++) {
            domains[k] = t.jumpSizes(k, t.maxSize());
        }
        long[] curve = f.curve(domains, t.maxSize());
        BruteForce brute = BruteForce.of(t);
        for (int n = 0; n <= t.maxSize(); n++) {
            assertTrue(curve[n] >= brute.best[n], "flow bound " + curve[n] + " below rev^OPT(" + n + ") = " + brute.best[n]);
        }
    }

    private static int[] counts(ValueTable t) {
        int[] c = new int[t.types()];
        for (int k = 0; k < c.length; k++) {
            c[k] = t.count(k);
        }
        return c;
    }

    /** Every size assignment of a small table, priced by an independent Floyd-Warshall. */
    private static final class BruteForce {
        /** best[N]: the largest EF+IR revenue with all sizes <= N. */
        final long[] best;
        /** the same over jump sizes only */
        final long[] bestOnJumps;
        /** the largest EF+IR revenue with all sizes <= N and some size = N */
        final long[] bestWithTop;

        private BruteForce(int n) {
            best = new long[n + 1];
            bestOnJumps = new long[n + 1];
            bestWithTop = new long[n + 1];
        }

        static BruteForce of(ValueTable t) {
            int n = t.maxSize();
            int types = t.types();
            BruteForce b = new BruteForce(n);
            int[] sizes = new int[types];
            long total = (long) Math.pow(n + 1, types);
            for (long code = 0; code < total; code++) {
                long c = code;
                int top = 0;
                boolean jumps = true;
                for (int k = 0; k < types; k++) {
                    sizes[k] = (int) (c % (n + 1));
                    c /= n + 1;
                    top = Math.max(top, sizes[k]);
                    jumps &= sizes[k] == 0 || t.value(k, sizes[k]) > t.value(k, sizes[k] - 1);
                }
                long[] p = shortestPaths(t, sizes);
                if (p == null) {
                    continue;
                }
                long rev = 0;
                for (int k = 0; k < types; k++) {
                    rev += t.count(k) * p[k];
                }
                b.bestWithTop[top] = Math.max(b.bestWithTop[top], rev);
                for (int x = top; x <= n; x++) {
                    b.best[x] = Math.max(b.best[x], rev);
                    if (jumps) {
                        b.bestOnJumps[x] = Math.max(b.bestOnJumps[x], rev);
                    }
                }
            }
            return b;
        }

        /**
         * Floyd-Warshall on nodes 0 (outside option) .. K, edge a -> b (b >= 1) of weight
         * v_b(m_b) - v_b(m_a).
         *
         * @return d(0, k) per type, or null on a negative cycle or a negative distance
         */
        static long[] shortestPaths(ValueTable t, int[] sizes) {
            int k = sizes.length;
            long inf = Long.MAX_VALUE / 4;
            long[][] d = new long[k + 1][k + 1];
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b <= k; b++) {
                    int ma = a == 0 ? 0 : sizes[a - 1];
                    d[a][b] = a == b ? 0 : b == 0 ? inf : t.value(b - 1, sizes[b - 1]) - t.value(b - 1, ma);
                }
            }
            for (int via = 0; via <= k; via++) {
                for (int a = 0; a <= k; a++) {
                    for (int b = 0; b <= k; b++) {
                        if (d[a][via] < inf && d[via][b] < inf) {
                            d[a][b] = Math.min(d[a][b], d[a][via] + d[via][b]);
                        }
                    }
                }
            }
            long[] p = new long[k];
            for (int a = 0; a <= k; a++) {
                if (d[a][a] < 0) {
                    return null;
                }
            }
            for (int b = 1; b <= k; b++) {
                if (d[0][b] < 0) {
                    return null;
                }
                p[b - 1] = d[0][b];
            }
            return p;
        }
    }
}
