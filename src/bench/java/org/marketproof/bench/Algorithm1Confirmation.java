package org.marketproof.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.io.Decimals;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.ValueTable;
import org.marketproof.market.pricing.ValueUnits;

/**
 * An independent confirmation of an Algorithm 1 answer of the flow-bound solver, by the old exact
 * pricer ({@link ExactPricer}, exhaustive search over jump sizes, sharing no code with the new
 * solver's bounds and branch and bound) and two facts proved in specs/pricing.md: IRB,
 * rev^OPT(N) &lt;= S(N) = sum_j n_j v_j(N), and Lemma M, rev^OPT is non-decreasing.
 *
 * <p>Given the new solver's N+ with profit P, it checks (1) that the old pricer's rev^OPT(N+) gives
 * the same profit, and (2) that no N of the range does better. An N is closed when its bound is below
 * P (or equal to it at N &gt;= N+, since N+ is the smallest maximiser). IRB closes N with
 * S(N) - c_1 N below P one by one; a run [a, b] of the others is closed when rev^OPT(b) - c_1 a is,
 * as every N in it earns at most that (Lemma M); otherwise it is halved, and a single N that cannot be
 * closed refutes the answer. Every comparison is exact (fractions). The old pricer runs only at the ends
 * of runs, so the cost is a few dozen exhaustive pricings rather than one per N.
 *
 * <p>{@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=org.marketproof.bench.Algorithm1Confirmation
 * -Dbench.args=src/main/resources/examples/market-cheap-data.json}
 */
public final class Algorithm1Confirmation {

    private Algorithm1Confirmation() {
    }

    /**
     * @param args the instance file
     */
    public static void main(String[] args) {
        MarketInstance m = InstanceReader.read(Path.of(args[0]));
        long t0 = System.nanoTime();
        Algorithm1Result claimed = Algorithm1.run(m, new LagrangianPricer());
        System.out.printf(Locale.ROOT, "new solver: N+ = %d of 1..%d, profit %s (%.1f s)%n", claimed.nPlus(),
                claimed.searchLimit(), Decimals.decimal(claimed.profit()), seconds(t0));
        int limit = claimed.searchLimit();
        ValueTable values = ValueTable.of(m, limit);
        BigFraction c1 = BigFraction.from(m.cost(0));
        ExactPricer old = new ExactPricer();
        Map<Integer, Long> priced = new HashMap<>();
        long t1 = System.nanoTime();
        long atNPlus = old.price(values, claimed.nPlus()).revenue();
        priced.put(claimed.nPlus(), atNPlus);
        BigFraction best = units(atNPlus).subtract(c1.multiply(claimed.nPlus()));
        if (FractionOrder.compare(best, claimed.profit()) != 0) {
            System.out.println("REFUTED: the old pricer's profit at N+ is " + Decimals.decimal(best));
            System.exit(1);
        }
        // Each N that IRB alone closes is closed; the runs of the others are searched with the old pricer.
        Deque<int[]> open = new ArrayDeque<>();
        int closedByIrb = 0;
        for (int n = limit; n >= 1; n--) {
            if (closes(units(values.totalValue(n)), n, c1, best, claimed.nPlus())) {
                closedByIrb++;
            } else if (!open.isEmpty() && open.peek()[0] == n + 1) {
                open.peek()[0] = n;
            } else {
                open.push(new int[] {n, n});
            }
        }
        System.out.printf(Locale.ROOT, "IRB closes %d N; the old pricer searches %d run(s) of N:", closedByIrb,
                open.size());
        open.forEach(iv -> System.out.printf(Locale.ROOT, " %d..%d", iv[0], iv[1]));
        System.out.println();
        int closedByOld = 0;
        while (!open.isEmpty()) {
            int[] iv = open.pop();
            int a = iv[0];
            int b = iv[1];
            long rev = priced.computeIfAbsent(b, n -> {
                long t = System.nanoTime();
                long r = old.price(values, n).revenue();
                System.out.printf(Locale.ROOT, "  old exact pricer at N = %d: %.2f s%n", n, seconds(t));
                return r;
            });
            if (closes(units(rev), a, c1, best, claimed.nPlus())) {
                closedByOld++;
                continue;
            }
            if (a == b) {
                System.out.println("REFUTED: N = " + a + " earns " + Decimals.decimal(units(rev).subtract(c1.multiply(a))));
                System.exit(1);
            }
            int mid = a + (b - a) / 2;
            open.push(new int[] {mid + 1, b});
            open.push(new int[] {a, mid});
        }
        System.out.printf(Locale.ROOT, "CONFIRMED: no N of 1..%d beats profit %s at N+ = %d; %d old exact pricings "
                + "closed %d intervals (%.1f s)%n", limit, Decimals.decimal(best), claimed.nPlus(), priced.size(),
                closedByOld, seconds(t1));
    }

    /** @return whether every N in [a, ...] with rev^OPT(N) <= revenue earns at most best (less below N+) */
    private static boolean closes(BigFraction revenue, int a, BigFraction c1, BigFraction best, int nPlus) {
        int cmp = FractionOrder.compare(revenue.subtract(c1.multiply(a)), best);
        return cmp < 0 || (cmp == 0 && a >= nPlus);
    }

    private static BigFraction units(long u) {
        return ValueUnits.toExact(u);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
