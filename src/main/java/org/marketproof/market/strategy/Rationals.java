package org.marketproof.market.strategy;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Ordering of exact rationals.
 *
 * <p>Why not {@link BigFraction#compareTo}: in Commons Numbers 1.2 it orders two negative fractions
 * by magnitude, e.g. {@code BigFraction.of(-2).compareTo(BigFraction.of(-1)) == 1} (observed; see
 * {@code RationalsTest}). Every comparison of utilities, which are often negative, goes through
 * here: the sign of the difference is computed correctly.
 */
public final class Rationals {

    private Rationals() {
    }

    /** @return the sign of a - b */
    public static int compare(BigFraction a, BigFraction b) {
        return a.subtract(b).signum();
    }

    /** @return the larger of a and b */
    public static BigFraction max(BigFraction a, BigFraction b) {
        return compare(a, b) >= 0 ? a : b;
    }
}
