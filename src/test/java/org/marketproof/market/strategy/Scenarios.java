package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.pricing.ValueUnits;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.claims.GivenPricing;

/**
 * A market scenario for the strategic tests: an instance and the Algorithm 1 output that Algorithm 2
 * is designed from (given, since the claims under test depend on it only through
 * (sigma^2, c_1, c_2, N_1*, N_2*, W, |B|)).
 *
 * @param instance the instance
 * @param pricing N+, m_j+, q_j+
 */
public record Scenarios(MarketInstance instance, GivenPricing pricing) {

    /** @return the paper's mechanism for this scenario */
    public Algorithm2 paper() {
        return new Algorithm2(pricing);
    }

    /**
     * Builds a scenario whose buyers have Gaussian valuations and pay a fraction of their value.
     *
     * @param variance sigma^2
     * @param costs contributor costs (any order)
     * @param nPlus N+
     * @param counts buyers per type
     * @param purchases m_j+ per type
     * @param priceFraction q_j+ = fraction * v^d(m_j+) (1 = the tight price Algorithm 1 tends to set)
     */
    public static Scenarios of(double variance, double[] costs, int nPlus, int[] counts, int[] purchases,
            double priceFraction) {
        List<Contributor> cs = new ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            cs.add(new Contributor("c" + (i + 1), costs[i]));
        }
        List<BuyerType> bs = new ArrayList<>();
        long[] prices = new long[counts.length];
        for (int j = 0; j < counts.length; j++) {
            GaussianValuation v = new GaussianValuation(1.0 / variance, 1.0);
            bs.add(new BuyerType("b" + (j + 1), counts[j], v));
            prices[j] = ValueUnits.fromValue(priceFraction * v.dataValue(purchases[j], variance));
        }
        return new Scenarios(new MarketInstance(variance, cs, bs), new GivenPricing(nPlus, purchases, prices));
    }

    /**
     * Like {@link #ordinary()} but buyers pay 5% of their value: W > 0 is small, below the variance
     * corrections of (15).
     */
    public static Scenarios lowMargin() {
        return of(2.0, new double[] {0.01, 0.02, 0.05}, 6, new int[] {3, 2}, new int[] {3, 6}, 0.05);
    }

    /** A small, ordinary scenario: N+ = 6, two buyer types, W > 0. */
    public static Scenarios ordinary() {
        return of(2.0, new double[] {0.01, 0.02, 0.05}, 6, new int[] {3, 2}, new int[] {3, 6}, 1.0);
    }
}
