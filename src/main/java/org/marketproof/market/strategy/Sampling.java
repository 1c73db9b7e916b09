package org.marketproof.market.strategy;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Drawing i.i.d. N(mu, sigma^2) datasets with Commons RNG's ziggurat sampler. */
final class Sampling {

    private Sampling() {
    }

    /** @return n i.i.d. draws from N(mu, sd^2) */
    static double[] normals(int n, double mu, double sd, UniformRandomProvider rng) {
        double[] x = new double[n];
        if (n == 0) {
            return x;
        }
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int k = 0; k < n; k++) {
            x[k] = mu + sd * z.sample();
        }
        return x;
    }
}
