package org.marketproof.market.mechanism;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.PriceCurve;
import org.marketproof.market.pricing.PricingSolution;
import org.marketproof.market.pricing.ValueUnits;
import org.marketproof.market.valuation.TableValuation;

/**
 * Adversarial Algorithm 2 designs built around arbitrary Algorithm 1 outcomes.
 *
 * <p>Budget balance, the rounding and the expectation identities depend on Algorithm 1 only
 * through N+, the buyer counts and the base prices q_j+, so those are drawn directly, with the
 * extremes the paper's hypotheses allow: costs from 1e-9 to 1e6 and ties c_1 = c_2, variances from
 * 1e-12 to 1e12, one buyer or many identical ones, N+ from 2 (N_1* = N_2* = 1) upwards.
 */
public final class SyntheticDesigns {

    private SyntheticDesigns() {
    }

    public static Arbitrary<Double> costs() {
        return Arbitraries.oneOf(
                Arbitraries.of(1e-9, 1e-3, 0.05, 0.08, 1.0, 1e6),
                logUniform(-6, 1));
    }

    public static Arbitrary<Double> variances() {
        return Arbitraries.oneOf(
                Arbitraries.of(1e-12, 1e-3, 1.0, 4.0, 1e12),
                logUniform(-3, 3));
    }

    /** @return 10^e for e uniform in [lo, hi]: every order of magnitude equally likely */
    public static Arbitrary<Double> logUniform(double lo, double hi) {
        return Arbitraries.doubles().between(lo, hi).ofScale(6).map(e -> Math.pow(10, e));
    }

    public static Arbitrary<Algorithm2Design> designs() {
        Arbitrary<double[]> costPair = Combinators.combine(costs(), costs(), Arbitraries.integers().between(0, 3))
                .as((a, b, tie) -> tie == 0 ? new double[] {a, a} : new double[] {a, b});
        Arbitrary<Integer> nPlus = Arbitraries.oneOf(Arbitraries.of(2, 3), Arbitraries.integers().between(2, 5_000));
        Arbitrary<int[]> counts = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 50).array(int[].class).ofMinSize(1).ofMaxSize(1),
                Arbitraries.integers().between(1, 5).array(int[].class).ofMinSize(1).ofMaxSize(4));
        Arbitrary<Long> price = Arbitraries.oneOf(Arbitraries.of(0L, 1L, ValueUnits.ONE),
                Arbitraries.longs().between(0, ValueUnits.ONE));
        return Combinators.combine(variances(), costPair, nPlus, counts, price.list().ofSize(4), Arbitraries.longs())
                .as((variance, cost, n, count, prices, seed) -> design(variance, cost, n, count, prices, seed));
    }

    static Algorithm2Design design(double variance, double[] cost, int nPlus, int[] counts, List<Long> prices, long seed) {
        List<Contributor> contributors = List.of(
                new Contributor("c1", cost[0]), new Contributor("c2", cost[1]), new Contributor("c3", 1e6 + 1));
        List<BuyerType> buyers = new ArrayList<>();
        int[] purchases = new int[counts.length];
        long[] q = new long[counts.length];
        long[] curve = new long[nPlus + 1];
        for (int j = 0; j < counts.length; j++) {
            buyers.add(new BuyerType("b" + j, counts[j], new TableValuation(new double[] {0.0, 1.0})));
            purchases[j] = (int) Math.floorMod(seed + 7L * j, nPlus + 1L);
            q[j] = purchases[j] == 0 ? 0 : prices.get(j);
            curve[purchases[j]] = q[j];
        }
        MarketInstance instance = new MarketInstance(variance, contributors, buyers);
        PriceCurve pc = PriceCurve.of(curve);
        long revenue = 0;
        for (int j = 0; j < counts.length; j++) {
            revenue += counts[j] * q[j];
        }
        PricingSolution solution = new PricingSolution(pc, revenue, revenue);
        BigFraction profit = ValueUnits.toExact(revenue).subtract(BigFraction.from(cost[0]).multiply(nPlus));
        return new Algorithm2Design(instance,
                new Algorithm1Result(nPlus, nPlus, solution, purchases, q, profit, profit, 1), nPlus - 1, 1);
    }
}
