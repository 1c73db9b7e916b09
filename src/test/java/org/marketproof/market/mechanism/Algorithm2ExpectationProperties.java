package org.marketproof.market.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.algebra.DoubleField;
import org.marketproof.market.pricing.ValueUnits;

/**
 * The expectation identities behind IRB and IRC (paper 000, appendix A, equation (16) and the IRC
 * proof): under truthful play E[p_j*] = q_j+ and E[pi_i*] = c_i N_i* + W N_i* / N+, checked exactly
 * from the closed form and, independently, by simulating the two sample means.
 */
class Algorithm2ExpectationProperties {

    /** Simulated replications per check. */
    private static final int REPLICATIONS = 4_000;
    /**
     * A simulated mean may differ from the truth by at most this many standard errors; by the CLT
     * a correct formula fails one check with probability about 6e-7.
     */
    private static final double Z = 5.0;

    @Property(tries = 300)
    void expectedPriceIsTheAlgorithm1PriceExactly(@ForAll("designs") Algorithm2Design design) {
        Algorithm2Algebra<BigFraction> a = design.algebra();
        BigFraction gap = truthfulExpectedSquaredGap(design);
        for (int j = 0; j < design.instance().buyers().size(); j++) {
            assertEquals(design.basePrice(j), a.priceForSquaredGap(design.basePrice(j), true, true, gap));
        }
    }

    @Property(tries = 300)
    void expectedPaymentIsCostPlusProfitShareExactly(@ForAll("designs") Algorithm2Design design) {
        Algorithm2Algebra<BigFraction> a = design.algebra();
        BigFraction gap = truthfulExpectedSquaredGap(design);
        for (int i = 1; i <= 2; i++) {
            BigFraction expected = a.cost(i).multiply(a.instruction(i))
                    .add(a.w().multiply(a.instruction(i)).divide(design.nPlus()));
            assertEquals(expected, a.paymentForSquaredGap(i, true, gap));
            assertEquals(design.truthfulUtility(i - 1), expected.subtract(a.cost(i).multiply(a.instruction(i))));
        }
    }

    @Property(tries = 40)
    void simulatedPricesAverageToTheAlgorithm1Price(@ForAll("designs") Algorithm2Design design,
            @ForAll long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        Algorithm2Algebra<Double> a = doubles(design);
        double sd1 = Math.sqrt(design.instance().variance() / design.n1());
        double sd2 = Math.sqrt(design.instance().variance() / design.n2());
        for (int j = 0; j < design.instance().buyers().size(); j++) {
            double q = ValueUnits.toDouble(design.pricing().prices()[j]);
            double sum = 0;
            double sumSq = 0;
            for (int r = 0; r < REPLICATIONS; r++) {
                double mu = 1e3 * z.sample(); // the identity holds for every mu
                double p = a.price(q, true, true, mu + sd1 * z.sample(), mu + sd2 * z.sample());
                sum += p;
                sumSq += p * p;
            }
            double mean = sum / REPLICATIONS;
            double se = Math.sqrt(Math.max(0, sumSq / REPLICATIONS - mean * mean) / REPLICATIONS);
            double tolerance = Z * se + 1e-9 * Math.abs(q); // plus rounding of the double evaluation
            assertTrue(Math.abs(mean - q) <= tolerance,
                    () -> "simulated E[p] " + mean + " vs q " + q + " (seed " + seed + ", se " + se + ")");
        }
    }

    private static BigFraction truthfulExpectedSquaredGap(Algorithm2Design design) {
        BigFraction var = BigFraction.from(design.instance().variance());
        Algorithm2Algebra<BigFraction> a = design.algebra();
        return a.expectedSquaredGap(BigFraction.ZERO, var.divide(design.n1()), BigFraction.ZERO, var.divide(design.n2()));
    }

    private static Algorithm2Algebra<Double> doubles(Algorithm2Design design) {
        DoubleField f = DoubleField.INSTANCE;
        return new Algorithm2Algebra<>(f, design.instance().variance(), design.instance().cost(0),
                design.instance().cost(1), (double) design.n1(), (double) design.n2(),
                design.totalBasePrice().doubleValue(), (double) design.instance().buyerCount());
    }

    @Provide
    Arbitrary<Algorithm2Design> designs() {
        return SyntheticDesigns.designs();
    }
}
