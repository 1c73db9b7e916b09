package org.marketproof.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.competition.Aggregator;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.CouplingMatrix;
import org.marketproof.competition.EffortFamily;
import org.marketproof.competition.EffortModel;
import org.marketproof.competition.EstimatorKind;
import org.marketproof.competition.Hypotheses;
import org.marketproof.competition.Market;
import org.marketproof.competition.QueryPoint;
import org.marketproof.competition.Source;

/**
 * jqwik arbitraries of competition instances of paper 003, for a user's own properties
 * ({@code CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM1)}, or {@code @ForAll}
 * with {@link MarketProofDomain}). Generators of competition instances. Each instance is a deterministic function of a seed that
 * jqwik draws (and prints on failure), so every random choice is reproducible from that seed.
 *
 * <p>The demands {@code gamma} and the coupling {@code xi} depend only on the feature points,
 * estimators, weights and competition, not on the effort maps; so the generator first draws
 * those, computes {@code gamma_s}, and then places each source's lower threshold {@code 1 / (2 k
 * s0^2)} at a chosen multiple of its demand, and the coupling scale at a chosen {@code rho}.
 */
public final class CompetitionArbitraries {
    private CompetitionArbitraries() {}

    /**
     * Shape of the instances a generator draws: lower thresholds at {@code [thresholdLow,
     * thresholdHigh]} times {@code gamma_s}, {@code rho(Xi)} in {@code [rhoLow, rhoHigh]} (NaN: the
     * estimators' own), and for bounded effort the upper thresholds at {@code [upperLow,
     * upperHigh]} times {@code gamma_s} (NaN: {@code e_max} drawn in {@code [0.05, 1.55]}).
     *
     * @param minAggregators the fewest aggregators
     * @param maxAggregators the most aggregators
     * @param bounded whether every source's effort is bounded
     * @param partial whether aggregators buy from subsets of the sources (Section V)
     * @param thresholdLow the smallest lower threshold, as a multiple of {@code gamma_s}
     * @param thresholdHigh the largest lower threshold, as a multiple of {@code gamma_s}
     * @param rhoLow the smallest {@code rho(Xi)}, or NaN
     * @param rhoHigh the largest {@code rho(Xi)}, or NaN
     * @param upperLow the smallest upper threshold, as a multiple of {@code gamma_s}, or NaN
     * @param upperHigh the largest upper threshold, as a multiple of {@code gamma_s}, or NaN
     */
    public record Shape(int minAggregators, int maxAggregators, boolean bounded, boolean partial,
            double thresholdLow, double thresholdHigh, double rhoLow, double rhoHigh, double upperLow,
            double upperHigh) {
        /**
         * A shape without placed upper thresholds ({@code e_max} drawn in {@code [0.05, 1.55]}).
         *
         * @param minAggregators the fewest aggregators
         * @param maxAggregators the most aggregators
         * @param bounded whether every source's effort is bounded
         * @param partial whether aggregators buy from subsets of the sources (Section V)
         * @param thresholdLow the smallest lower threshold, as a multiple of {@code gamma_s}
         * @param thresholdHigh the largest lower threshold, as a multiple of {@code gamma_s}
         * @param rhoLow the smallest {@code rho(Xi)}, or NaN for the estimators' own
         * @param rhoHigh the largest {@code rho(Xi)}, or NaN for the estimators' own
         */
        public Shape(int minAggregators, int maxAggregators, boolean bounded, boolean partial, double thresholdLow,
                double thresholdHigh, double rhoLow, double rhoHigh) {
            this(minAggregators, maxAggregators, bounded, partial, thresholdLow, thresholdHigh, rhoLow, rhoHigh,
                    Double.NaN, Double.NaN);
        }
    }

    /** Theorem 1's hypotheses, as stated: any {@code |B| >= 1}, {@code gamma_s >= threshold}, any {@code rho}. */
    public static final Shape THEOREM1_AS_STATED = new Shape(1, 3, false, false, 0.05, 1.0, 0.0, 1.6);
    /** Theorem 1 with the hypothesis it needs: {@code |B| >= 2}. */
    public static final Shape THEOREM1 = new Shape(2, 3, false, false, 0.05, 1.0, 0.0, 1.6);
    /** Theorem 1 with {@code rho(Xi) < 1}, where (26) has its equilibrium. */
    public static final Shape THEOREM1_BELOW_ONE = new Shape(2, 3, false, false, 0.05, 1.0, 0.0, 0.95);
    /** Near-threshold: {@code gamma_s} within 0.1% above the lower threshold. */
    public static final Shape NEAR_THRESHOLD = new Shape(2, 3, false, false, 0.999, 1.0, 0.1, 0.9);
    /** Near {@code rho = 1}, from either side. */
    public static final Shape NEAR_RHO_ONE = new Shape(2, 3, false, false, 0.05, 1.0, 0.9999, 1.0001);
    /** Partial sharing (Section V), unbounded effort. */
    public static final Shape PARTIAL = new Shape(2, 3, false, true, 0.05, 1.0, 0.0, 0.9);
    /** Bounded effort (Theorem 2), any {@code rho}, any threshold position. */
    public static final Shape BOUNDED = new Shape(1, 3, true, false, 0.05, 3.0, 0.0, 2.5);
    /** Theorem 3's hypotheses as stated ({@code gamma > 0} only): tiny demands included. */
    public static final Shape THEOREM3_AS_STATED = new Shape(1, 3, false, false, 0.05, 20.0, 0.0, 0.9);
    /** Theorem 3 with the hypotheses it needs: {@code |B| >= 2}, {@code gamma_s > threshold}. */
    public static final Shape THEOREM3 = new Shape(2, 3, false, false, 0.05, 0.95, 0.0, 0.9);
    /**
     * Theorem 6's hypotheses with the one it needs, {@code |B| >= 2}: bounded effort and {@code
     * gamma_s in [underline a_s, bar a_s)} (lower threshold at 5%-100% of {@code gamma_s}, upper
     * threshold at 1.05-4 times it).
     */
    public static final Shape THEOREM6 = new Shape(2, 3, true, false, 0.05, 1.0, 0.0, 0.9, 1.05, 4.0);
    /** Theorem 6's hypotheses exactly as stated (any {@code |B| >= 1}). */
    public static final Shape THEOREM6_AS_STATED = new Shape(1, 3, true, false, 0.05, 1.0, 0.0, 0.9, 1.05, 4.0);
    /** The paper's own coupling (no rescaling, {@code rho} whatever the estimators give). */
    public static final Shape PAPER_COUPLING = new Shape(2, 3, false, false, 0.05, 0.95, Double.NaN, Double.NaN);
    /** As {@link #PAPER_COUPLING} but with any number of aggregators and tiny demands allowed. */
    public static final Shape PAPER_COUPLING_AS_STATED = new Shape(1, 3, false, false, 0.05, 20.0, Double.NaN, Double.NaN);

    /**
     * Instances of the shape satisfying the hypothesis every theorem shares, {@code gamma^b_s > 0}
     * for all pairs, with thresholds below 1e6.
     *
     * @param shape what the instances look like
     * @return instances built by {@link #build} from jqwik-drawn seeds, filtered by {@link #wellPosed}
     */
    public static Arbitrary<CompetitionInstance> instances(Shape shape) {
        return Arbitraries.longs().map(seed -> build(shape, seed)).filter(CompetitionArbitraries::wellPosed);
    }

    /**
     * @param instance a generated instance
     * @return whether {@code gamma^b_s > 0} wherever {@code b} buys from {@code s} (everywhere
     *     under full sharing) and every threshold is below 1e6 (beyond, {@code a^2} in Lemma 1's
     *     derivative overflows)
     */
    public static boolean wellPosed(CompetitionInstance instance) {
        Market market = new Market(instance);
        for (int s = 0; s < market.sourceCount(); s++) {
            for (int b = 0; b < market.aggregatorCount(); b++) {
                if (!(market.demand(b, s) > 0) && (market.buys(b, s) || Hypotheses.of(market).fullSharing())) {
                    return false;
                }
            }
            EffortModel e = market.effort(s);
            // thresholds beyond 1e6 make a^2 in Lemma 1's derivative overflow, which no double check resolves
            if (e.bounded() && !(e.upperThreshold() < 1e6) || !(e.lowerThreshold() < 1e6)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Seeds paired with instances, for properties that need randomness of their own.
     *
     * @return every {@code long}
     */
    public static Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * @param shape what the instance looks like
     * @param seed every random choice derives from it
     * @return the instance of {@code shape} for {@code seed} (not necessarily {@link #wellPosed})
     */
    public static CompetitionInstance build(Shape shape, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int m = shape.minAggregators() + rng.nextInt(shape.maxAggregators() - shape.minAggregators() + 1);
        int n = 4 + rng.nextInt(3);
        List<double[]> xs = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            xs.add(new double[] {4 * rng.nextDouble()});
        }
        List<Aggregator> aggregators = new ArrayList<>();
        for (int b = 0; b < m; b++) {
            EstimatorKind kind = rng.nextBoolean() ? EstimatorKind.OLS : EstimatorKind.MEAN;
            List<String> buys = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                if (!shape.partial() || rng.nextDouble() < 0.6) {
                    buys.add("s" + s);
                }
            }
            while (buys.size() < 3) {
                String extra = "s" + rng.nextInt(n);
                if (!buys.contains(extra)) {
                    buys.add(extra);
                }
            }
            double w = 0.2 + 0.6 * rng.nextDouble();
            List<QueryPoint> queries = List.of(new QueryPoint(new double[] {4 * rng.nextDouble()}, w),
                    new QueryPoint(new double[] {4 * rng.nextDouble()}, 1 - w));
            Map<String, Double> competition = new java.util.HashMap<>();
            for (int j = 0; j < m; j++) {
                if (j != b && rng.nextBoolean()) {
                    competition.put("A" + j, 0.3 * rng.nextDouble());
                }
            }
            aggregators.add(new Aggregator("A" + b, kind, queries, 0.5 + rng.nextDouble(), competition, buys));
        }
        List<Source> placeholder = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            placeholder.add(new Source("s" + s, xs.get(s), EffortModel.unbounded(EffortFamily.EXPONENTIAL, 1, 1)));
        }
        List<Aggregator> sellers = withEveryoneSelling(aggregators, n, rng);
        Market market = new Market(CompetitionInstance.of(placeholder, sellers));
        List<Source> sources = new ArrayList<>();
        EffortFamily[] families = EffortFamily.values();
        for (int s = 0; s < n; s++) {
            double demand = Math.max(market.totalDemand(s), 1e-6);
            double ratio = shape.thresholdLow() + (shape.thresholdHigh() - shape.thresholdLow()) * rng.nextDouble();
            double s0 = 0.5 + 1.5 * rng.nextDouble();
            double k = 1 / (2 * s0 * s0 * ratio * demand);
            EffortFamily family = families[rng.nextInt(3)];
            double max = !shape.bounded() ? Double.POSITIVE_INFINITY
                    : Double.isNaN(shape.upperLow()) ? 0.05 + 1.5 * rng.nextDouble()
                    // bar a_s = 1 / phi(e_max), so e_max = mu_s(bar a_s) of the same family without a cap
                    : EffortModel.unbounded(family, s0, k).bestEffort(demand
                            * (shape.upperLow() + (shape.upperHigh() - shape.upperLow()) * rng.nextDouble()));
            sources.add(new Source("s" + s, xs.get(s), new EffortModel(family, s0, k, max)));
        }
        CompetitionInstance unit = CompetitionInstance.of(sources, sellers);
        double rho = new CouplingMatrix(new Market(unit)).spectralRadius().estimate();
        if (Double.isNaN(shape.rhoLow())) {
            return unit;
        }
        double target = shape.rhoLow() + (shape.rhoHigh() - shape.rhoLow()) * rng.nextDouble();
        return rho > 0 ? unit.withCouplingScale(target / rho) : unit;
    }

    private static List<Aggregator> withEveryoneSelling(List<Aggregator> aggregators, int n, UniformRandomProvider rng) {
        List<Aggregator> out = new ArrayList<>(aggregators);
        for (int s = 0; s < n; s++) {
            String name = "s" + s;
            if (out.stream().noneMatch(a -> a.buys().contains(name))) {
                int b = rng.nextInt(out.size());
                Aggregator a = out.get(b);
                List<String> buys = new ArrayList<>(a.buys());
                buys.add(name);
                out.set(b, new Aggregator(a.name(), a.estimator(), a.queries(), a.eta(), a.competition(), buys));
            }
        }
        return out;
    }
}
