package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.market.mechanism.Design;

/** Submitted datasets for checks that settle the mechanism directly: seeded truthful draws and constants. */
final class Realizations {

    private Realizations() {
    }

    /** @return the instructed sizes N_i */
    static int[] instructed(Design d) {
        int[] sizes = new int[d.instance().contributors().size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = d.instruction(i);
        }
        return sizes;
    }

    /** @return i.i.d. N(mu, sigma^2) datasets of the given sizes, from {@code seed} */
    static List<List<double[]>> truthful(int[] sizes, double variance, double[] mus, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double sd = Math.sqrt(variance);
        List<List<double[]>> out = new ArrayList<>();
        for (double mu : mus) {
            List<double[]> subs = new ArrayList<>();
            for (int size : sizes) {
                double[] y = new double[size];
                for (int t = 0; t < size; t++) {
                    y[t] = mu + sd * z.sample();
                }
                subs.add(y);
            }
            out.add(subs);
        }
        return out;
    }

    /** @return constant datasets of the given sizes with the given means (exact in binary) */
    static List<double[]> constant(int[] sizes, double... means) {
        List<double[]> subs = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            double[] y = new double[sizes[i]];
            Arrays.fill(y, i < means.length ? means[i] : 0.0);
            subs.add(y);
        }
        return subs;
    }
}
