package org.marketproof.market.strategy;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An expected amount as a function of the unknown mean: a mu^2 + b mu + c, exact.
 *
 * <p>Under Algorithm 2 and its variants, prices and payments are quadratic in the submitted means,
 * and each mean has E = alpha mu + beta and a variance free of mu, so every expected price and
 * payment has this form; the infimum over mu in (7) and the supremum in (9) are then analytic.
 *
 * @param a the coefficient of mu^2
 * @param b the coefficient of mu
 * @param c the constant
 */
public record MuQuadratic(BigFraction a, BigFraction b, BigFraction c) {

    /** The zero function. */
    public static final MuQuadratic ZERO = new MuQuadratic(BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO);

    /**
     * @param c the constant
     * @return the constant function
     */
    public static MuQuadratic constant(BigFraction c) {
        return new MuQuadratic(BigFraction.ZERO, BigFraction.ZERO, c);
    }

    /**
     * @param alpha the coefficient of mu
     * @param beta the constant
     * @return alpha mu + beta
     */
    public static MuQuadratic linear(BigFraction alpha, BigFraction beta) {
        return new MuQuadratic(BigFraction.ZERO, alpha, beta);
    }

    /**
     * @param o the other function of mu
     * @return the sum {@code this + o}
     */
    public MuQuadratic add(MuQuadratic o) {
        return new MuQuadratic(a.add(o.a), b.add(o.b), c.add(o.c));
    }

    /**
     * @param k the factor
     * @return {@code k} times this function
     */
    public MuQuadratic scale(BigFraction k) {
        return new MuQuadratic(a.multiply(k), b.multiply(k), c.multiply(k));
    }

    /**
     * @param o a linear function of mu
     * @return the product of two linear functions (both must have a = 0)
     * @throws IllegalArgumentException if either has a non-zero mu^2 coefficient
     */
    public MuQuadratic times(MuQuadratic o) {
        if (a.signum() != 0 || o.a.signum() != 0) {
            throw new IllegalArgumentException("only linear functions multiply to a quadratic");
        }
        return new MuQuadratic(b.multiply(o.b), b.multiply(o.c).add(c.multiply(o.b)), c.multiply(o.c));
    }

    /** @return whether the function does not depend on mu */
    public boolean isConstant() {
        return a.signum() == 0 && b.signum() == 0;
    }

    /**
     * @return inf over real mu: minus infinity when a &lt; 0, or a = 0 and b != 0; c when constant;
     *     c - b^2 / (4a) at the vertex when a > 0
     */
    public Extended infimum() {
        if (a.signum() < 0 || (a.signum() == 0 && b.signum() != 0)) {
            return Extended.MINUS_INFINITY;
        }
        if (a.signum() == 0) {
            return Extended.of(c);
        }
        return Extended.of(c.subtract(b.multiply(b).divide(a.multiply(4))));
    }

    /** @return sup over real mu, = - inf of the negation */
    public Extended supremum() {
        return scale(BigFraction.of(-1)).infimum().negate();
    }
}
