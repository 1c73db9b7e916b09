package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * 2,000 sources and 5 aggregators (10,000 unknowns, above the exact layer's limit) solve matrix-free
 * in doubles; the time is printed and recorded in specs/competition.md, not asserted.
 */
class ScaleTest {
    static final long SEED = 2024L;

    static CompetitionInstance large(int n, int m, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Source> sources = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            sources.add(new Source("s" + s, new double[] {10 * rng.nextDouble(), 10 * rng.nextDouble()},
                    EffortModel.unbounded(EffortFamily.values()[s % 3], 1 + rng.nextDouble(), 1e8 + 1e8 * rng.nextDouble())));
        }
        List<Aggregator> aggs = new ArrayList<>();
        List<String> all = sources.stream().map(Source::name).toList();
        for (int b = 0; b < m; b++) {
            aggs.add(new Aggregator("A" + b, b % 2 == 0 ? EstimatorKind.OLS : EstimatorKind.MEAN,
                    List.of(new QueryPoint(new double[] {10 * rng.nextDouble(), 10 * rng.nextDouble()}, 1.0)), 1.0,
                    Map.of(), all));
        }
        return CompetitionInstance.of(sources, aggs);
    }

    @Test
    void twoThousandSourcesFiveAggregatorsSolveInSeconds() {
        CompetitionInstance instance = large(2000, 5, SEED);
        long start = System.nanoTime();
        Market market = new Market(instance);
        EquilibriumAnalysis analysis = new EquilibriumSolver(market).analyze();
        double poa = new SocialCost(market).priceOfAnarchy(analysis.equilibria().get(0).efforts());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("2000 sources x 5 aggregators (10000 unknowns): %s, rho = %.3e, PoA = %.9f, %.2f s%n",
                analysis.method(), analysis.rho().estimate(), poa, seconds);
        assertTrue(analysis.hypotheses().theorem1(), analysis.hypotheses().toString());
        assertTrue(analysis.exists());
        assertTrue(analysis.equilibria().get(0).bestResponseResidual() < 1e-10);
        assertTrue(ExactMarket.of(market).isEmpty(), "above the exact limit");
    }
}
