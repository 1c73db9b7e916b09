package org.marketproof.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.marketproof.io.Decimals;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.PricingSolution;
import org.marketproof.market.pricing.ValueTable;

/**
 * Issue 9's figures for the exact flow-bound solver ({@link LagrangianPricer}), wall-clock calls in
 * one JVM: Algorithm 1 on the two bundled large-range instances with 1 and 2 threads and the
 * speed-up, rev^OPT(N) for 4 closed-form types at N = 2,000, and a scaling table of rev^OPT(N)
 * against N and K = 2..{@value #MAX_TYPES} on {@link BenchMarkets} (one call each, JIT warm-up
 * included) with the fitted exponent of N per K (least squares of log time on log N).
 *
 * <p>{@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=org.marketproof.bench.ExactPricingBench}
 */
public final class ExactPricingBench {

    private static final int[] SIZES = {250, 500, 1000, 2000, 4000};
    private static final int MAX_TYPES = 8;
    private static final int REPEATS = 2;

    private ExactPricingBench() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        speedUp("src/main/resources/examples/market-cheap-data.json");
        speedUp("src/main/resources/examples/market-eight-types.json");
        single(4, 2000);
        System.out.println("scaling: seconds per rev^OPT(N) call, BenchMarkets seed " + BenchMarkets.SEED);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s", "K"));
        for (int n : SIZES) {
            head.append(String.format(Locale.ROOT, " %9s", "N=" + n));
        }
        System.out.println(head.append("  exponent of N"));
        for (int k = 2; k <= MAX_TYPES; k++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-4d", k));
            double[] t = new double[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                t[i] = single(k, SIZES[i], false);
                row.append(String.format(Locale.ROOT, " %9.3f", t[i]));
            }
            System.out.println(row.append(String.format(Locale.ROOT, "  %.2f", exponent(t))));
        }
    }

    /**
     * Algorithm 1 on one instance with 1 and with 2 threads, alternately, {@value #REPEATS} times each;
     * the best time of each (the first calls include JIT compilation) and their ratio.
     */
    private static void speedUp(String file) {
        MarketInstance m = InstanceReader.read(Path.of(file));
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < REPEATS; i++) {
            for (int threads = 1; threads <= 2; threads++) {
                // a distinct budget, far above what the search needs, is a distinct cache key: each call searches
                LagrangianPricer pricer = new LagrangianPricer(Long.MAX_VALUE - 1 - i, threads);
                long t0 = System.nanoTime();
                Algorithm1Result r = Algorithm1.run(m, pricer);
                double s = (System.nanoTime() - t0) / 1e9;
                best[threads - 1] = Math.min(best[threads - 1], s);
                System.out.printf(Locale.ROOT, "Algorithm 1 %s, %d thread(s): range 1..%d, N+ = %d, profit %s, "
                        + "certified gap %s, priced %d N, %.2f s%n", file, threads, r.searchLimit(), r.nPlus(),
                        Decimals.decimal(r.profit()), Decimals.decimal(r.gap()), r.solved(), s);
            }
        }
        System.out.printf(Locale.ROOT, "  best of %d: 1 thread %.2f s, 2 threads %.2f s, speed-up %.2f%n", REPEATS,
                best[0], best[1], best[0] / best[1]);
    }

    private static double single(int types, int n) {
        return single(types, n, true);
    }

    private static double single(int types, int n, boolean print) {
        ValueTable values = ValueTable.of(BenchMarkets.market(types, 0.05), n);
        long t0 = System.nanoTime();
        PricingSolution s = new LagrangianPricer().price(values, n);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (print) {
            System.out.printf(Locale.ROOT, "rev^OPT(%d), %d closed-form types: %d units, certified gap %d, %.2f s%n",
                    n, types, s.revenue(), s.gap(), secs);
        }
        return secs;
    }

    /** @return the least-squares slope of log t against log N */
    private static double exponent(double[] t) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < SIZES.length; i++) {
            double x = Math.log(SIZES[i]);
            double y = Math.log(Math.max(t[i], 1e-6));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        int c = SIZES.length;
        return (c * sxy - sx * sy) / (c * sxx - sx * sx);
    }
}
