package org.marketproof.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.TableValuation;
import org.marketproof.market.valuation.ThresholdValuation;
import org.marketproof.market.valuation.Valuation;

/**
 * jqwik arbitraries of market instances of paper 000, for a user's own properties
 * ({@code @Provide Arbitrary<MarketInstance> markets() { return MarketArbitraries.small(); }}, or
 * {@code @ForAll} with {@link MarketProofDomain}). Small adversarial market instances on which the exact pricer is fast: one buyer or many identical
 * ones, table valuations on a coarse lattice (ties) or nearly flat or nearly steps, the closed forms
 * with tiny and huge variance, c_1 = c_2, c_2 barely above c_1 or far above it, and c_1 making
 * floor(|B|/c_1) small (so N+ = 1 and empty ranges occur).
 */
public final class MarketArbitraries {

    /** Largest floor(|B|/c_1): keeps the exact pricer within milliseconds. */
    public static final int MAX_RANGE = 8;

    private MarketArbitraries() {
    }

    /** @return instances on which Algorithm 1 (exact) returns N+ >= 2, so Algorithm 2 is defined */
    public static Arbitrary<MarketInstance> forAlgorithm2() {
        return small().filter(i -> Algorithm1.run(i, new ExactPricer()).nPlus() >= 2);
    }

    /** @return small adversarial instances (see the class comment); Algorithm 2 may be undefined on some (N+ = 1) */
    public static Arbitrary<MarketInstance> small() {
        Arbitrary<List<BuyerType>> buyers = buyer().list().ofMinSize(1).ofMaxSize(3)
                .map(MarketArbitraries::named);
        Arbitrary<Double> variance = Arbitraries.oneOf(Arbitraries.of(1e-6, 1.0, 4.0, 1e6),
                Arbitraries.doubles().between(-3, 3).ofScale(4).map(e -> Math.pow(10, e)));
        Arbitrary<Double> range = Arbitraries.doubles().between(0.6, MAX_RANGE + 0.99).ofScale(4);
        Arbitrary<Double> gap = Arbitraries.oneOf(Arbitraries.of(0.0, 1e-9), Arbitraries.doubles().between(0, 2).ofScale(6));
        return Combinators.combine(buyers, variance, range, gap, Arbitraries.integers().between(2, 3))
                .as((bs, var, r, g, contributors) -> {
                    long total = bs.stream().mapToLong(BuyerType::count).sum();
                    double c1 = Math.min(total / r, 1e6);
                    List<Contributor> cs = new ArrayList<>();
                    cs.add(new Contributor("c1", c1));
                    cs.add(new Contributor("c2", c1 + g));
                    if (contributors == 3) {
                        cs.add(new Contributor("c3", c1 + g + 1));
                    }
                    return new MarketInstance(var, cs, bs);
                });
    }

    private static List<BuyerType> named(List<BuyerType> types) {
        List<BuyerType> out = new ArrayList<>();
        for (int j = 0; j < types.size(); j++) {
            out.add(new BuyerType("b" + j, types.get(j).count(), types.get(j).valuation()));
        }
        return out;
    }

    private static Arbitrary<BuyerType> buyer() {
        Arbitrary<Integer> count = Arbitraries.oneOf(Arbitraries.just(1), Arbitraries.integers().between(1, 5),
                Arbitraries.of(50, 400));
        return Combinators.combine(count, valuation()).as((c, v) -> new BuyerType("b", c, v));
    }

    private static Arbitrary<Valuation> valuation() {
        Arbitrary<Double> positive = Arbitraries.doubles().between(-2, 2).ofScale(4).map(e -> Math.pow(10, e));
        Arbitrary<Double> scale = Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0.01, 1.0).ofScale(4));
        Arbitrary<double[]> lattice = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(MAX_RANGE)
                .map(inc -> cumulative(inc.stream().mapToDouble(i -> i / 8.0).toArray()));
        Arbitrary<double[]> rising = Arbitraries.integers().between(1, 3).list().ofMinSize(2).ofMaxSize(MAX_RANGE)
                .map(inc -> cumulative(inc.stream().mapToDouble(i -> i / 8.0).toArray()));
        Arbitrary<double[]> flat = Arbitraries.doubles().between(0, 1e-6).ofScale(12).list().ofMinSize(1).ofMaxSize(MAX_RANGE)
                .map(inc -> cumulative(inc.stream().mapToDouble(Double::doubleValue).toArray()));
        return Arbitraries.oneOf(
                lattice.map(TableValuation::new),
                rising.map(TableValuation::new),
                rising.map(TableValuation::new),
                flat.map(TableValuation::new),
                Combinators.combine(positive, scale).as(ThresholdValuation::new),
                Combinators.combine(positive, scale).as(GaussianValuation::new),
                Combinators.combine(positive, scale).as(LinearValuation::new));
    }

    private static double[] cumulative(double[] increments) {
        double[] v = new double[increments.length + 1];
        for (int m = 1; m < v.length; m++) {
            v[m] = Math.min(1.0, v[m - 1] + increments[m - 1]);
        }
        return v;
    }
}
