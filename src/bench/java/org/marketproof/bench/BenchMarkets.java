package org.marketproof.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.ThresholdValuation;
import org.marketproof.market.valuation.Valuation;

/** Reproducible benchmark markets: K buyer types with closed-form valuations of (11), from a seed. */
final class BenchMarkets {

    /** Seed of every benchmark market. */
    static final long SEED = 17L;

    private BenchMarkets() {
    }

    /**
     * @param types K
     * @param cost c_1 (and c_2 = 2 c_1)
     */
    static MarketInstance market(int types, double cost) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(SEED + types);
        List<BuyerType> buyers = new ArrayList<>();
        for (int k = 0; k < types; k++) {
            double param = 0.1 + 2 * rng.nextDouble();
            double scale = 0.2 + 0.8 * rng.nextDouble();
            Valuation v = switch (k % 3) {
                case 0 -> new ThresholdValuation(param, scale);
                case 1 -> new GaussianValuation(param, scale);
                default -> new LinearValuation(param, scale);
            };
            buyers.add(new BuyerType("t" + k, 1 + rng.nextInt(3), v));
        }
        return new MarketInstance(4.0, List.of(new Contributor("a", cost), new Contributor("b", 2 * cost)), buyers);
    }
}
