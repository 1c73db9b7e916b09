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
 * Issue 9's figures for the exact flow-bound solver ({@link LagrangianPricer}), one wall-clock call
 * each in a fresh JVM (JIT warm-up included, as a user meets it): Algorithm 1 on the two bundled
 * large-range instances, rev^OPT(N) for 4 closed-form types at N = 2,000, and a scaling table of
 * rev^OPT(N) against N and K on {@link BenchMarkets} with the fitted exponent of N per K
 * (least squares of log time on log N).
 *
 * <p>{@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=org.marketproof.bench.ExactPricingBench}
 */
public final class ExactPricingBench {

    private static final int[] SIZES = {250, 500, 1000, 2000, 4000};

    private ExactPricingBench() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        algorithm1("src/main/resources/examples/market-cheap-data.json");
        algorithm1("src/main/resources/examples/market-eight-types.json");
        single(4, 2000);
        System.out.println("scaling: seconds per rev^OPT(N) call, BenchMarkets seed " + BenchMarkets.SEED);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s", "K"));
        for (int n : SIZES) {
            head.append(String.format(Locale.ROOT, " %9s", "N=" + n));
        }
        System.out.println(head.append("  exponent of N"));
        for (int k = 2; k <= 5; k++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-4d", k));
            double[] t = new double[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                t[i] = single(k, SIZES[i], false);
                row.append(String.format(Locale.ROOT, " %9.3f", t[i]));
            }
            System.out.println(row.append(String.format(Locale.ROOT, "  %.2f", exponent(t))));
        }
    }

    private static void algorithm1(String file) {
        MarketInstance m = InstanceReader.read(Path.of(file));
        long t0 = System.nanoTime();
        Algorithm1Result r = Algorithm1.run(m, new LagrangianPricer());
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "Algorithm 1 %s: range 1..%d, N+ = %d, profit %s, certified gap %s, %.2f s%n",
                file, r.searchLimit(), r.nPlus(), Decimals.decimal(r.profit()), Decimals.decimal(r.gap()), s);
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
