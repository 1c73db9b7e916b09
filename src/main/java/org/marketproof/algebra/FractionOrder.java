package org.marketproof.algebra;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The order of exact fractions, by the sign of the difference.
 *
 * <p>Commons Numbers 1.2 {@code BigFraction.compareTo} compares two negative fractions by
 * magnitude, so it reports -1/2 &lt; -1 (specs/pricing.md, finding PR3). Profits are negative as soon
 * as data costs more than it sells for, so every comparison of profits goes through here.
 */
public final class FractionOrder {

    private FractionOrder() {
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @return the sign of a - b: negative, zero or positive as a &lt; b, a = b, a &gt; b
     */
    public static int compare(BigFraction a, BigFraction b) {
        return a.subtract(b).signum();
    }

    /**
     * @param a one fraction
     * @param b the other fraction
     * @return the larger of a and b ({@code a} when they are equal)
     */
    public static BigFraction max(BigFraction a, BigFraction b) {
        return compare(a, b) >= 0 ? a : b;
    }
}
