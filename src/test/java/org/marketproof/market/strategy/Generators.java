package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.ValueUnits;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.claims.GivenPricing;

/**
 * Adversarial generators for the strategic properties. They favour the corners where the paper's
 * arguments are tight: N+ = 2 or 3 (N_1* = 1, N_2* = 1), tied and wildly different costs, W exactly
 * 0, extreme variances, many buyers, buyers who buy nothing, and strategies at n = 0, n = N_i* +- 1
 * and the wrong submitted size.
 */
public final class Generators {

    private Generators() {
    }

    /** Scenarios with W >= 0 (Algorithm 1's profit covers c_2 - c_1): the hypothesis the IRC proof uses. */
    public static Arbitrary<Scenarios> scenariosWithNonNegativeW() {
        return scenarios(true);
    }

    /** Scenarios without restriction on W: W < 0 occurs when Algorithm 1's profit is below c_2 - c_1. */
    public static Arbitrary<Scenarios> anyScenarios() {
        return scenarios(false);
    }

    /**
     * Scenarios where every flaw of the catalog has something to break: N+ >= 3 (so N_1* != N_2*
     * and the off-by-one announcement N+ - 2 is positive) and the first buyer type priced at its
     * full value (so an overcharge breaks IRB).
     */
    public static Arbitrary<Scenarios> scenariosForTheCatalog() {
        return scenarios(true).filter(s -> s.pricing().nPlus() >= 3 && s.pricing().purchases()[0] > 0
                && s.pricing().prices()[0] == ValueUnits.fromValue(s.instance().buyers().get(0).valuation()
                        .dataValue(s.pricing().purchases()[0], s.instance().variance())));
    }

    private static Arbitrary<Scenarios> scenarios(boolean nonNegativeW) {
        Arbitrary<Double> variance = Arbitraries.oneOf(Arbitraries.of(1e-3, 0.1, 1.0, 2.0, 50.0, 1e3),
                Arbitraries.doubles().between(0.01, 100).ofScale(6));
        Arbitrary<Integer> nPlus = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(2, 3)),
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(2, 60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(61, 400)));
        Arbitrary<List<int[]>> buyers = Arbitraries.integers().between(1, 3).flatMap(k ->
                Combinators.combine(Arbitraries.integers().between(1, 5).array(int[].class).ofSize(k),
                        Arbitraries.doubles().between(0, 1).ofScale(6).array(double[].class).ofSize(k),
                        Arbitraries.of(1.0, 0.5, 0.05, 0.0).array(double[].class).ofSize(k))
                        .as((counts, where, fraction) -> {
                            List<int[]> out = new ArrayList<>();
                            for (int j = 0; j < k; j++) {
                                out.add(new int[] {counts[j], (int) Math.round(where[j] * 1000), (int) Math.round(fraction[j] * 1000)});
                            }
                            return out;
                        }));
        Arbitrary<Double> costShare = Arbitraries.oneOf(Arbitraries.of(0.0, 1e-3, 0.5, 0.99), Arbitraries.doubles().between(0, 1).ofScale(6));
        Arbitrary<Double> gapShare = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 0.5), Arbitraries.doubles().between(0, 1).ofScale(6));
        Arbitrary<Double> wildGap = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 10.0, 1000.0), Arbitraries.doubles().between(0, 5).ofScale(6));
        Arbitrary<Integer> extra = Arbitraries.integers().between(0, 2);
        return Combinators.combine(variance, nPlus, buyers, costShare, nonNegativeW ? gapShare : wildGap, extra)
                .as((v, n, bs, cs, gap, more) -> build(v, n, bs, cs, gap, more, nonNegativeW))
                .filter(s -> s != null);
    }

    /**
     * Costs: c_1 = costShare * (revenue / N+) so that Algorithm 1's profit is positive; then
     * c_2 = c_1 + gap * profit (gap in [0, 1] keeps W >= 0; larger gaps make W negative).
     */
    private static Scenarios build(double variance, int nPlus, List<int[]> bs, double costShare, double gap, int more,
            boolean nonNegativeW) {
        List<BuyerType> types = new ArrayList<>();
        int[] purchases = new int[bs.size()];
        long[] prices = new long[bs.size()];
        double revenue = 0;
        for (int j = 0; j < bs.size(); j++) {
            GaussianValuation val = new GaussianValuation(1.0 / variance, 1.0);
            types.add(new BuyerType("b" + (j + 1), bs.get(j)[0], val));
            purchases[j] = (int) Math.round(bs.get(j)[1] / 1000.0 * nPlus);
            prices[j] = ValueUnits.fromValue(bs.get(j)[2] / 1000.0 * val.dataValue(purchases[j], variance));
            revenue += ValueUnits.toDouble(prices[j]) * bs.get(j)[0];
        }
        double c1 = Math.max(1e-6, costShare * revenue / nPlus);
        double profit = revenue - c1 * nPlus;
        if (nonNegativeW && profit <= 0) {
            return null;
        }
        // the tiny margin keeps W >= 0 despite the rounding of c_2 to a double
        double c2 = c1 + (nonNegativeW ? gap * profit * (1 - 1e-9) : gap * Math.max(profit, c1));
        List<Contributor> cs = new ArrayList<>();
        cs.add(new Contributor("c1", c1));
        cs.add(new Contributor("c2", Math.max(c1, c2)));
        for (int k = 0; k < more; k++) {
            cs.add(new Contributor("c" + (k + 3), Math.max(c1, c2) * (2 + k)));
        }
        Scenarios sc = new Scenarios(new MarketInstance(variance, cs, types), new GivenPricing(nPlus, purchases, prices));
        boolean wOk = sc.paper().design(sc.instance()).algebra().w().signum() >= 0;
        return nonNegativeW && !wOk ? null : sc;
    }
}
