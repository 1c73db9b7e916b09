package org.marketproof.market.strategy;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * What the exact evaluator needs to know about a dataset produced from N(mu, sigma^2) data: its
 * size and the first two moments of its sample mean as functions of the unknown mu,
 * E[mu-hat] = alpha mu + beta and Var[mu-hat] = meanVariance (which must not depend on mu).
 *
 * <p>Two optional facts let more submission functions be composed exactly: {@code pointVariance}
 * is present when the points are i.i.d., each with mean alpha mu + beta and this variance (so a
 * subset of k points has mean variance pointVariance / k); it is absent once a function couples the
 * points. An empty dataset has mean 0 by the convention of Algorithm 2 (alpha = beta = 0).
 *
 * <p>Every figure is an exact rational, so that utilities built from it are exact.
 *
 * @param size the number of points
 * @param alpha the coefficient of mu in E[mu-hat]: 1 for translation-equivariant data, 0 for data
 *     that ignore the sample
 * @param beta the constant part of E[mu-hat] (the bias when alpha = 1)
 * @param meanVariance Var[mu-hat], {@code >= 0}
 * @param pointVariance the variance of each point when the points are i.i.d.
 */
public record DataLaw(int size, BigFraction alpha, BigFraction beta, BigFraction meanVariance,
        Optional<BigFraction> pointVariance) {

    /**
     * Checks the law's sizes.
     *
     * @param size the number of points, {@code >= 0}
     * @param alpha the coefficient of mu in E[mu-hat]
     * @param beta the constant part of E[mu-hat]
     * @param meanVariance Var[mu-hat], {@code >= 0}
     * @param pointVariance the variance of each point when the points are i.i.d., else empty
     * @throws IllegalArgumentException if {@code size < 0} or {@code meanVariance < 0}
     */
    public DataLaw {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
        if (meanVariance.signum() < 0) {
            throw new IllegalArgumentException("variance of the mean must be >= 0: " + meanVariance);
        }
    }

    /**
     * @param n the number of points collected, {@code >= 0}
     * @param variance sigma^2, the variance of one reading
     * @return the law of n i.i.d. points from N(mu, sigma^2): mean mu, variance sigma^2 / n; the
     *     empty law when {@code n = 0}
     */
    public static DataLaw collected(int n, BigFraction variance) {
        if (n == 0) {
            return empty();
        }
        return new DataLaw(n, BigFraction.ONE, BigFraction.ZERO, variance.divide(n), Optional.of(variance));
    }

    /** @return the law of an empty dataset, whose mean is 0 by convention */
    public static DataLaw empty() {
        return new DataLaw(0, BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO, Optional.empty());
    }

    /**
     * @param size the number of points, {@code >= 0}
     * @param value the mean, which does not depend on mu
     * @return a dataset of {@code size} points whose mean is the constant {@code value} (the empty
     *     law, mean 0, when {@code size = 0})
     */
    public static DataLaw constantMean(int size, BigFraction value) {
        return size == 0 ? empty() : new DataLaw(size, BigFraction.ZERO, value, BigFraction.ZERO, Optional.empty());
    }

    /**
     * @param newSize the new number of points, {@code >= 0}
     * @return the same mean law with another size, points no longer independent (the empty law
     *     when {@code newSize = 0})
     */
    public DataLaw resized(int newSize) {
        return newSize == 0 ? empty() : new DataLaw(newSize, alpha, beta, meanVariance, Optional.empty());
    }
}
