package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.marketproof.market.mechanism.BuyerAllocation;
import org.marketproof.market.settlement.Settlement;
import org.marketproof.market.valuation.TableValuation;
import org.marketproof.market.valuation.Valuation;

/**
 * Monte Carlo utilities for any strategy under any mechanism, seeded.
 *
 * <p>For a given mu, each sample plays every contributor's strategy on fresh N(mu, sigma^2) data,
 * settles, and records pi_i - c_i n_i; the estimate is the sample mean with a normal-approximation
 * confidence interval at {@link #level()}. Mixed strategies are sampled by strata ({@link
 * #strata}): each combination of pure components gets {@link #samples()} plays of its own and the
 * estimates are weighted by the components' probabilities, so a rare component is never skipped. Sufficient statistics are used where allowed: a
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
        double cost = game.instance().cost(contributor);
        Stratified u = new Stratified();
        boolean muFree = true;
        for (Stratum stratum : strata(profile)) {
            Round round = new Round(game, stratum.profile(), false, rng);
            Accumulator a = new Accumulator();
            for (int t = 0; t < samples; t++) {
                round.play(mu, sd);
                a.add(round.output(f -> f.payments().get(contributor), s -> s.payments().get(contributor))
                        - cost * round.collected[contributor]);
            }
            u.add(stratum.probability(), a);
            muFree &= round.muFree();
        }
        return new Estimate(u.mean, u.halfWidth(), muFree);
    }

    /**
     * A pure profile and the probability that the mixed profile plays it.
     *
     * @param probability the product of the contributors' component probabilities, > 0
     * @param profile every contributor's pure component
     */
    record Stratum(double probability, Profile profile) {
    }

    /**
     * The strata of stratified sampling: every combination of the contributors' pure components
     * ({@link Strategy#components()}; the coins are independent of each other and of the data),
     * those of probability 0 left out. Each is simulated with {@link #samples()} plays of its own and
     * the estimates are combined with these weights, so a component played with probability 10^-6 is
     * simulated as often as the others. Sampling the coins instead misses such a component in most
     * runs, and the normal interval, then nearly of width 0, excludes the true value (fresh seed
     * -8040668477835239482 of {@code StrategicProperties.exactAndSimulatedUtilitiesAgree}).
     */
    static List<Stratum> strata(Profile profile) {
        List<Stratum> strata = List.of(new Stratum(1, profile));
        for (int i = 0; i < profile.size(); i++) {
            List<Stratum> next = new ArrayList<>();
            for (Stratum st : strata) {
                for (Strategy.Component c : profile.get(i).components()) {
                    if (c.probability().signum() > 0) {
                        next.add(new Stratum(st.probability() * c.probability().doubleValue(),
                                st.profile().with(i, c.strategy())));
                    }
                }
            }
            strata = next;
        }
        return strata;
    }

    /**
     * Simulates the buyer's value (her subset of the pooled sold submissions, v^e of the error) and
     * her price. When the value and the price are both free of mu (sold data all moving with mu, the
     * price invariant as for payments), one mu gives an interval; otherwise the grid gives an upper
     * bound: min over mu of the value's upper bound minus max over mu of the price's lower bound.
     * Table valuations give v^d only, not v^e, so they cannot be simulated.
     */
    @Override
    public Optional<UtilityFigure> buyerUtility(Game game, Profile profile, int buyerType, long seed) {
        Valuation v = game.instance().buyers().get(buyerType).valuation();
        if (v instanceof TableValuation) {
            return Optional.empty();
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        if (muFree(game, profile)) {
            Optional<UtilityFigure> atZero = buyerOver(game, profile, buyerType, v, new double[] {0}, rng);
            if (atZero.isPresent()) {
                return atZero;
            }
        }
        return buyerOver(game, profile, buyerType, v, GRID, rng);
    }

    /**
     * @return with a one-point grid, the interval if mu-freeness was confirmed while sampling (else
     *     empty); with the full grid, the upper bound
     */
    private Optional<UtilityFigure> buyerOver(Game game, Profile profile, int buyerType, Valuation v, double[] grid,
            UniformRandomProvider rng) {
        double sd = Math.sqrt(game.instance().variance());
        double valueUpper = Double.POSITIVE_INFINITY;
        double priceLower = Double.NEGATIVE_INFINITY;
        for (double g : grid) {
            double mu = g * sd;
            Stratified value = new Stratified();
            Stratified price = new Stratified();
            boolean muFree = true;
            for (Stratum stratum : strata(profile)) {
                Round round = new Round(game, stratum.profile(), true, rng);
                Accumulator stratumValue = new Accumulator();
                Accumulator stratumPrice = new Accumulator();
                boolean subsetMoves = true;
                for (int t = 0; t < samples; t++) {
                    round.play(mu, sd);
                    double[] pool = round.pooled();
                    int[] idx = BuyerAllocation.draw(pool.length, game.design().allocation(buyerType), rng);
                    double sum = 0;
                    for (int x : idx) {
                        sum += pool[x];
                    }
                    // no data: the estimate is the empty mean 0, which does not move with mu
                    subsetMoves &= idx.length > 0;
                    double estimate = idx.length == 0 ? 0.0 : sum / idx.length;
                    stratumValue.add(v.errorValue(Math.abs(estimate - mu)));
                    stratumPrice.add(round.output(f -> f.prices().get(buyerType), s -> s.prices().get(buyerType)));
                }
                value.add(stratum.probability(), stratumValue);
                price.add(stratum.probability(), stratumPrice);
                muFree &= round.muFree() && round.soldAllMove() && subsetMoves;
            }
            if (grid.length == 1) {
                if (!muFree) {
                    return Optional.empty();
                }
                double u = value.mean - price.mean;
                double h = value.halfWidth() + price.halfWidth();
                return Optional.of(UtilityFigure.estimate(UtilityFigure.Kind.INTERVAL, u, u - h, u + h, level, samples,
                        "mu-free profile, simulated at mu = 0"));
            }
            valueUpper = Math.min(valueUpper, value.mean + value.halfWidth());
            priceLower = Math.max(priceLower, price.mean - price.halfWidth());
        }
        return Optional.of(UtilityFigure.estimate(UtilityFigure.Kind.UPPER_BOUND, valueUpper - priceLower,
                Double.NEGATIVE_INFINITY, valueUpper - priceLower, level, samples, "grid mu/sigma in "
                + java.util.Arrays.toString(GRID) + "; no lower bound on the infimum"));
    }

    /** Running mean and variance (Welford: stable at large |mu|). */
    private final class Accumulator {
        double mean;
        double m2;
        long n;

        void add(double x) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        /** @return the estimated variance of the mean, s^2 / n */
        double varianceOfMean() {
            return m2 / (n - 1) / n;
        }
    }

    /** A stratified estimate: sum_h w_h mean_h, with variance sum_h w_h^2 s_h^2 / n_h. */
    private final class Stratified {
        double mean;
        double varianceOfMean;

        void add(double weight, Accumulator stratum) {
            mean += weight * stratum.mean;
            varianceOfMean += weight * weight * stratum.varianceOfMean();
        }

        double halfWidth() {
            return z * Math.sqrt(varianceOfMean);
        }
    }

    /** One play of every contributor's strategy, with what the evaluations need from it. */
    private static final class Round {
        final Game game;
        final Profile profile;
        final boolean keepData;
        final UniformRandomProvider rng;
        final ZigguratSampler.NormalizedGaussian gauss;
        final boolean meansOnly;
        final int k;
        final int[] sizes;
        final double[] means;
        final int[] collected;
        final boolean[] moving;
        final List<double[]> subs = new ArrayList<>();
        int[] formSizes;
        SettlementForms forms;
        boolean formsInvariant = true;
        boolean everyoneMoves = true;
        boolean soldMove = true;

        /** @param keepData keep every submitted point (buyers need them), not just the means */
        Round(Game game, Profile profile, boolean keepData, UniformRandomProvider rng) {
            this.game = game;
            this.profile = profile;
            this.keepData = keepData;
            this.rng = rng;
            this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            this.meansOnly = game.mechanism().dependsOnlyOnSizesAndMeans();
            this.k = profile.size();
            this.sizes = new int[k];
            this.means = new double[k];
            this.collected = new int[k];
            this.moving = new boolean[k];
        }

        void play(double mu, double sd) {
            subs.clear();
            for (int i = 0; i < k; i++) {
                Strategy s = profile.get(i);
                if (!keepData && meansOnly && s instanceof Strategy.Pure p && p.collect() > 0
                        && p.submission() instanceof Submissions.Identity) {
                    // sufficient statistic: the mechanism sees only the size and the mean
                    collected[i] = p.collect();
                    sizes[i] = p.collect();
                    means[i] = mu + sd / Math.sqrt(p.collect()) * gauss.sample();
                    subs.add(null);
                } else {
                    Strategy.Play play = s.play(mu, sd, rng);
                    collected[i] = play.collected();
                    sizes[i] = play.submitted().length;
                    means[i] = Submissions.mean(play.submitted());
                    subs.add(play.submitted());
                }
                // an empty submission has mean 0 whatever mu is: it stays put like fabricated data
                moving[i] = sizes[i] > 0 && s.translationEquivariant();
                everyoneMoves &= moving[i];
                soldMove &= moving[i] || !game.design().sold(i);
            }
        }

        /** @return the selected price or payment of this play (probed form, or a full settlement) */
        double output(java.util.function.Function<SettlementForms, MeanQuadraticForm> form,
                java.util.function.Function<Settlement, org.apache.commons.numbers.fraction.BigFraction> settled) {
            if (meansOnly) {
                if (formSizes == null || !java.util.Arrays.equals(formSizes, sizes)) {
                    formSizes = sizes.clone(); // sizes rarely change between samples: skip the cache lookup
                    forms = game.forms(formSizes).orElseThrow();
                    formsInvariant &= form.apply(forms).invariantAlong(moving);
                }
                return form.apply(forms).at(means);
            }
            return settled.apply(game.mechanism().settle(game.design(), subs)).doubleValue();
        }

        /** @return the sold submissions, pooled in contributor order */
        double[] pooled() {
            int n = 0;
            for (int i = 0; i < k; i++) {
                n += game.design().sold(i) ? sizes[i] : 0;
            }
            double[] pool = new double[n];
            int at = 0;
            for (int i = 0; i < k; i++) {
                if (game.design().sold(i)) {
                    System.arraycopy(subs.get(i), 0, pool, at, sizes[i]);
                    at += sizes[i];
                }
            }
            return pool;
        }

        /** @return whether every sold submission moved with mu in every play */
        boolean soldAllMove() {
            return soldMove;
        }

        /** @return whether the selected output was confirmed free of mu over the plays so far */
        boolean muFree() {
            return meansOnly ? formsInvariant : game.mechanism().translationInvariant() && everyoneMoves;
        }
    }
}
