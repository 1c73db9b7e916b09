package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.marketproof.market.settlement.Settlement;

/**
 * Monte Carlo utilities for any strategy under any mechanism, seeded.
 *
 * <p>For a given mu, each sample plays every contributor's strategy on fresh N(mu, sigma^2) data,
 * settles, and records pi_i - c_i n_i; the estimate is the sample mean with a normal-approximation
 * confidence interval at {@link #level()}. Sufficient statistics are used where allowed: a
 * contributor who collects n > 0 points and submits them as collected is only seen by a
 * sizes-and-means mechanism through her sample mean, drawn directly as N(mu, sigma^2/n); such a
 * mechanism is evaluated through its probed forms instead of a full exact settlement.
 *
 * <p>What the figure establishes depends on mu: if the expected utility provably does not depend
 * on mu, one mu gives a confidence interval. That is the case when every strategy ignores the data;
 * or when every strategy is translation-equivariant or data-free and shifting the moving means
 * leaves contributor i's probed payment unchanged (checked exactly, {@link
 * MeanQuadraticForm#invariantAlong}); or, for other mechanisms, when the mechanism declares
 * translation invariance and every submission moves with mu. Then one mu gives a confidence interval
 * for the infimum in (7) ({@link UtilityFigure.Kind#INTERVAL}). Otherwise a grid of mu values is
 * simulated and the smallest estimate is reported as an upper confidence bound on the infimum only
 * ({@link UtilityFigure.Kind#UPPER_BOUND}): a value at one mu bounds the infimum from above and
 * says nothing about how low the utility goes at other mu.
 */
public final class SimulationEvaluator implements UtilityEvaluator {

    /** The mu grid, in units of sigma, for profiles whose utility may depend on mu. */
    static final double[] GRID = {0, 1, -1, 10, -10, 1e3, -1e3, 1e6, -1e6};

    private final int samples;
    private final double level;
    private final double z;

    /**
     * @param samples Monte Carlo samples per mu, {@code >= 2}
     * @param level two-sided confidence level of each interval, in (0, 1)
     */
    public SimulationEvaluator(int samples, double level) {
        if (samples < 2) {
            throw new IllegalArgumentException("need at least 2 samples: " + samples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        this.samples = samples;
        this.level = level;
        this.z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
    }

    @Override
    public String name() {
        return "simulation(" + samples + " samples, " + level + " CI)";
    }

    /** @return the confidence level of each interval */
    public double level() {
        return level;
    }

    /** @return samples per mu */
    public int samples() {
        return samples;
    }

    @Override
    public Optional<UtilityFigure> contributorUtility(Game game, Profile profile, int contributor, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double sd = Math.sqrt(game.instance().variance());
        if (muFree(game, profile)) {
            Estimate e = estimate(game, profile, contributor, 0.0, sd, rng);
            if (e.muFreeConfirmed || allIgnoreData(profile)) {
                return Optional.of(UtilityFigure.estimate(UtilityFigure.Kind.INTERVAL, e.mean, e.mean - e.halfWidth,
                        e.mean + e.halfWidth, level, samples, "mu-free profile, simulated at mu = 0"));
            }
        }
        Estimate worst = null;
        double worstMu = 0;
        for (double g : GRID) {
            Estimate e = estimate(game, profile, contributor, g * sd, sd, rng);
            if (worst == null || e.mean + e.halfWidth < worst.mean + worst.halfWidth) {
                worst = e;
                worstMu = g * sd;
            }
        }
        return Optional.of(UtilityFigure.estimate(UtilityFigure.Kind.UPPER_BOUND, worst.mean, Double.NEGATIVE_INFINITY,
                worst.mean + worst.halfWidth, level, samples, "grid mu/sigma in " + java.util.Arrays.toString(GRID)
                + ", lowest at mu = " + Figures.format(worstMu) + "; no lower bound on the infimum"));
    }

    /**
     * @return whether the profile's expected utilities may be free of mu, to be confirmed while
     *     sampling: every strategy ignores the data or is translation-equivariant, and the mechanism
     *     either is quadratic in the means (then the probed payment is checked to be invariant under
     *     shifting the moving means) or declares translation invariance
     */
    static boolean muFree(Game game, Profile profile) {
        if (allIgnoreData(profile)) {
            return true;
        }
        boolean mechanismOk = game.mechanism().dependsOnlyOnSizesAndMeans() || game.mechanism().translationInvariant();
        return mechanismOk && profile.strategies().stream().allMatch(s -> s.translationEquivariant() || s.ignoresData());
    }

    private static boolean allIgnoreData(Profile profile) {
        return profile.strategies().stream().allMatch(Strategy::ignoresData);
    }

    private record Estimate(double mean, double halfWidth, boolean muFreeConfirmed) {
    }

    private Estimate estimate(Game game, Profile profile, int contributor, double mu, double sd, UniformRandomProvider rng) {
        int k = profile.size();
        double cost = game.instance().cost(contributor);
        boolean meansOnly = game.mechanism().dependsOnlyOnSizesAndMeans();
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double mean = 0;
        double m2 = 0; // Welford's running sum of squared deviations: stable at large |mu|
        boolean muFree = true;
        int[] sizes = new int[k];
        double[] means = new double[k];
        int[] formSizes = null;
        boolean[] moving = new boolean[k];
        SettlementForms forms = null;
        for (int t = 0; t < samples; t++) {
            List<double[]> subs = meansOnly ? null : new ArrayList<>();
            int collectedByI = 0;
            for (int i = 0; i < k; i++) {
                Strategy s = profile.get(i);
                int collected;
                if (meansOnly && s instanceof Strategy.Pure p && p.collect() > 0
                        && p.submission() instanceof Submissions.Identity) {
                    collected = p.collect();
                    sizes[i] = collected;
                    means[i] = mu + sd / Math.sqrt(collected) * gauss.sample();
                } else {
                    Strategy.Play play = s.play(mu, sd, rng);
                    collected = play.collected();
                    sizes[i] = play.submitted().length;
                    if (meansOnly) {
                        means[i] = Submissions.mean(play.submitted());
                    } else {
                        subs.add(play.submitted());
                    }
                }
                // an empty submission has mean 0 whatever mu is: it stays put like fabricated data
                moving[i] = sizes[i] > 0 && s.translationEquivariant();
                if (i == contributor) {
                    collectedByI = collected;
                }
            }
            double payment;
            if (meansOnly) {
                if (formSizes == null || !java.util.Arrays.equals(formSizes, sizes)) {
                    formSizes = sizes.clone(); // sizes rarely change between samples: skip the cache lookup
                    forms = game.forms(formSizes).orElseThrow();
                    muFree &= forms.payments().get(contributor).invariantAlong(moving);
                }
                payment = forms.payments().get(contributor).at(means);
            } else {
                Settlement st = game.mechanism().settle(game.design(), subs);
                payment = st.payments().get(contributor).doubleValue();
            }
            double u = payment - cost * collectedByI;
            double delta = u - mean;
            mean += delta / (t + 1);
            m2 += delta * (u - mean);
        }
        double var = m2 / (samples - 1);
        return new Estimate(mean, z * Math.sqrt(var / samples), muFree);
    }
}
