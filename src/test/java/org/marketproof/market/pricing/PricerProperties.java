package org.marketproof.market.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Claims about the two ordered-item pricers, checked against each other and the kernel. */
class PricerProperties {

    private static final ExactPricer EXACT = new ExactPricer();

    @Provide
    Arbitrary<SmallMarket> markets() {
        return Markets.small(4);
    }

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.of(0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7);
    }

    /**
     * The exact pricer's curve attains the best envy-free revenue: its revenue under (4) equals
     * the best scheme's (certified gap 0), every buyer's purchase is envy-free and individually
     * rational on the curve (kernel), and no single-price curve and no price-the-values scheme
     * beats it.
     */
    @Property(tries = 300)
    void exactCurveAttainsTheBestEnvyFreeRevenue(@ForAll("markets") SmallMarket market) {
        ValueTable t = market.table();
        int n = t.maxSize();
        PricingSolution s = EXACT.price(t, n);
        assertEquals(0, s.gap(), "Lemma 1 curve must reach the scheme optimum");
        int[] chosen = new int[t.types()];
        for (int k = 0; k < chosen.length; k++) {
            chosen[k] = s.curve().purchase(t, k);
        }
        assertTrue(EnvyJudge.envyFreeOnCurve(t, s.curve(), chosen));
        assertTrue(EnvyJudge.individuallyRationalOnCurve(t, s.curve(), chosen));
        for (int m = 1; m <= n; m++) {
            for (int k = 0; k < t.types(); k++) {
                long[] q = new long[n + 1];
                for (int x = 1; x <= n; x++) {
                    q[x] = x < m ? ValueUnits.ONE : t.value(k, m);
                }
                long single = PriceCurve.of(q).revenue(t);
                assertTrue(s.revenue() >= single, "a one-item curve earns " + single + " > " + s.revenue());
            }
        }
    }

    /**
     * The exact pricer is optimal over every assignment of sizes: brute force over all (N+1)^K
     * assignments with the independently computed largest envy-free prices (Floyd-Warshall) never
     * earns more, and some assignment earns as much.
     */
    @Property(tries = 300)
    void exactPricerMatchesBruteForceOverAllAssignments(@ForAll("markets") SmallMarket market) {
        ValueTable t = market.table();
        int n = t.maxSize();
        int types = t.types();
        long best = 0;
        int[] sizes = new int[types];
        int total = (int) Math.pow(n + 1, types);
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int k = 0; k < types; k++) {
                sizes[k] = c % (n + 1);
                c /= n + 1;
            }
            long[] p = BestSchemeSearch.maxPrices(t, sizes);
            if (p != null) {
                EnvyFreeScheme scheme = EnvyFreeScheme.of(sizes, p);
                assertTrue(EnvyJudge.envyFree(t, scheme) && EnvyJudge.individuallyRational(t, scheme),
                        "largest prices must be EF and IR: " + scheme);
                best = Math.max(best, scheme.revenue(t));
            }
        }
        assertEquals(best, EXACT.price(t, n).revenue());
    }

    /**
     * Theorem G (specs/pricing.md): the grid pricer earns at most the exact optimum and at least
     * the optimum minus |B| times its certified loss per buyer (< 2 epsilon), and its upper bound
     * is at least the optimum.
     */
    @Property(tries = 1000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void gridPricerIsWithinItsStatedBoundOfTheExactOptimum(
            @ForAll("markets") SmallMarket market, @ForAll("epsilons") double epsilon) {
        ValueTable t = market.table();
        int n = t.maxSize();
        GridPricer grid = new GridPricer(epsilon);
        long opt = EXACT.price(t, n).revenue();
        PricingSolution s = grid.price(t, n);
        assertTrue(s.revenue() <= opt, "grid " + s.revenue() + " above the optimum " + opt);
        assertTrue(s.revenue() >= opt - t.buyers() * grid.lossPerBuyer(),
                "grid " + s.revenue() + " below optimum " + opt + " minus |B| x " + grid.lossPerBuyer());
        assertTrue(s.upperBound() >= opt, "upper bound " + s.upperBound() + " below the optimum " + opt);
        assertTrue(grid.lossPerBuyer() <= 2 * epsilon * ValueUnits.ONE + 2, "loss per buyer must be < 2 eps");
        Statistics.collect(s.revenue() < opt ? "grid below optimum" : "grid optimal");
        Statistics.coverage(c -> c.check("grid below optimum").count(x -> x > 0));
    }
}
