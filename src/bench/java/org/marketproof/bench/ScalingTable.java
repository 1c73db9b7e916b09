package org.marketproof.bench;

import java.util.function.IntFunction;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.pricing.ValueTable;

/**
 * A timed loop (not JMH): for each solver and K, the largest N (doubling, then bisecting) it prices
 * within 1 s and within 10 s on {@link BenchMarkets}, after one warm-up call. Arguments: K values.
 */
public final class ScalingTable {

    private ScalingTable() {
    }

    private static double seconds(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e9;
    }

    /** @return the largest n in [1, cap] with time(n) <= budget (time assumed non-decreasing), and its time */
    private static String largest(IntFunction<Runnable> job, double budget, int cap) {
        job.apply(1).run();
        int lo = 0;
        double loTime = 0;
        int hi = 1;
        while (hi <= cap) {
            double s = seconds(job.apply(hi));
            if (s > budget) {
                break;
            }
            lo = hi;
            loTime = s;
            hi *= 2;
        }
        hi = Math.min(hi, cap + 1);
        while (hi - lo > Math.max(1, lo / 20)) {
            int mid = (lo + hi) / 2;
            double s = seconds(job.apply(mid));
            if (s <= budget) {
                lo = mid;
                loTime = s;
            } else {
                hi = mid;
            }
        }
        return (lo >= cap ? ">=" : "") + lo + String.format(" (%.2f s)", loTime);
    }

    public static void main(String[] args) {
        int cap = 1 << 16;
        System.out.println("solver | K | largest N within 1 s | largest N within 10 s");
        for (String a : args) {
            int k = Integer.parseInt(a);
            MarketInstance m = BenchMarkets.market(k, 0.05);
            ValueTable full = ValueTable.of(m, cap);
            for (OrderedItemPricer p : new OrderedItemPricer[] {new ExactPricer(), new GridPricer(0.1), new GridPricer(0.05)}) {
                IntFunction<Runnable> job = n -> () -> p.price(full, n);
                System.out.println(p.name() + " | " + k + " | " + largest(job, 1, cap) + " | " + largest(job, 10, cap));
            }
            // Algorithm 1: N ranges up to floor(|B|/c_1); shrink c_1 to grow the range
            IntFunction<Runnable> alg = range -> () -> Algorithm1.run(
                    BenchMarkets.market(k, (double) m.buyerCount() / range), new GridPricer(0.1));
            System.out.println("Algorithm 1 + grid(eps=0.1), N = floor(|B|/c_1) | " + k + " | "
                    + largest(alg, 1, cap) + " | " + largest(alg, 10, cap));
        }
    }
}
