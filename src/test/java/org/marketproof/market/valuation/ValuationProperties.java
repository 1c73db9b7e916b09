package org.marketproof.market.valuation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The closed forms of v^d (11) against their definition, and their monotonicity.
 *
 * <p>Monte Carlo: with a seed drawn (and printed on failure) by jqwik, draw {@link #SAMPLES}
 * datasets of m i.i.d. N(mu, sigma^2) points (mu random too: (11) takes the infimum over mu, and
 * the error's law does not depend on it), and average v^e(|mean - mu|). The property asserts
 * |closed form - average| <= {@link #Z} standard errors, the standard error floored at
 * scale sqrt(3/n)/sqrt(n) so that a sample with no spread (all errors on one side of a threshold)
 * does not demand exact agreement. A 6-sigma test fails by chance with probability about 2e-9 per
 * check. What it establishes: at each sampled (parameters, m) the closed form agrees with (11) to
 * within about 6 scale/sqrt(n) ~ 0.03 scale. What it does not: agreement to more digits (that is
 * ClosedFormIntegrationTest's job), or at parameters never sampled.
 */
class ValuationProperties {

    static final int SAMPLES = 20_000;
    static final double Z = 6.0;

    @Provide
    Arbitrary<Valuation> valuations() {
        Arbitrary<Double> positive = Arbitraries.doubles().between(-2, 2).map(e -> Math.pow(10, e));
        Arbitrary<Double> scale = Arbitraries.doubles().between(0.001, 1.0).ofScale(4);
        return Arbitraries.oneOf(
                Combinators.combine(positive, scale).as(ThresholdValuation::new),
                Combinators.combine(positive, scale).as(GaussianValuation::new),
                Combinators.combine(positive, scale).as(LinearValuation::new));
    }

    @Provide
    Arbitrary<Double> variances() {
        return Arbitraries.doubles().between(-3, 3).map(e -> Math.pow(10, e));
    }

    @Property(tries = 60)
    void closedFormAgreesWithAMonteCarloEstimateOfEquation11(@ForAll("valuations") Valuation v,
            @ForAll("variances") double variance, @ForAll @IntRange(min = 1, max = 16) int m,
            @ForAll long seed) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double sigma = Math.sqrt(variance);
        double mu = 1e3 * (rng.nextDouble() - 0.5);
        SummaryStatistics stats = new SummaryStatistics();
        for (int i = 0; i < SAMPLES; i++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += mu + sigma * normal.sample();
            }
            stats.addValue(v.errorValue(Math.abs(sum / m - mu)));
        }
        double scale = v.errorValue(0);
        double se = Math.sqrt(Math.max(stats.getVariance(), 3 * scale * scale / SAMPLES) / SAMPLES);
        double closed = v.dataValue(m, variance);
        double estimate = stats.getMean();
        assertTrue(Math.abs(closed - estimate) <= Z * se,
                "closed form " + closed + " vs Monte Carlo " + estimate + " +- " + se + " (seed " + seed + ")");
    }

    @Property(tries = 200)
    void closedFormIsNonDecreasingInM(@ForAll("valuations") Valuation v, @ForAll("variances") double variance) {
        double previous = v.dataValue(0, variance);
        for (int m = 1; m <= 5000; m++) {
            double next = v.dataValue(m, variance);
            assertTrue(next >= previous, "v^d(" + m + ") = " + next + " < v^d(" + (m - 1) + ") = " + previous);
            assertTrue(next <= 1.0, "v^d(" + m + ") = " + next + " > 1");
            previous = next;
        }
    }
}
