package org.marketproof.market.pricing;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The integer unit in which pricing works: {@code 2^-40} of the value scale [0, 1].
 *
 * <p>Valuations v^d(m) are real numbers (values of the normal CDF, square roots); pricing compares
 * differences of them with prices, and an envy-freeness verdict computed in floating point can be
 * wrong on near-ties. So each v^d(m) is rounded down once to a whole number of units, and every
 * later step (purchases (4), revenue (5), the envy-freeness check) is exact integer arithmetic.
 * Rounding down is monotone, so the rounded valuations are still non-decreasing and 0 at m = 0;
 * each differs from the real one by less than 2^-40 (about 9.1e-13). Every claim about pricing is
 * a claim about the rounded valuations.
 */
public final class ValueUnits {

    /** Bits below the unit value: one unit is 2^-SCALE_BITS. */
    public static final int SCALE_BITS = 40;

    /** The value 1 in units. */
    public static final long ONE = 1L << SCALE_BITS;

    private static final BigInteger DENOMINATOR = BigInteger.ONE.shiftLeft(SCALE_BITS);

    private ValueUnits() {
    }

    /**
     * Rounds a real value down to units; every valuation v^d(m) enters pricing through this, once.
     *
     * @param v a value on the paper's scale, such as v^d(m); in [0, 1]
     * @return {@code floor(v * 2^40)}, in [0, {@link #ONE}]
     * @throws IllegalArgumentException if v is NaN or outside [0, 1]
     */
    public static long fromValue(double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("value outside [0, 1]: " + v);
        }
        return (long) Math.floor(Math.scalb(v, SCALE_BITS));
    }

    /**
     * @param units a value, price, revenue or profit in units (2^40 per value 1); any long,
     *     including sums over buyers above {@link #ONE} and negative differences
     * @return {@code units * 2^-40} exactly
     */
    public static BigFraction toExact(long units) {
        return BigFraction.of(BigInteger.valueOf(units), DENOMINATOR);
    }

    /**
     * @param units a value, price, revenue or profit in units (2^40 per value 1); any long
     * @return {@code units * 2^-40} rounded to the nearest double (exact while |units| &lt; 2^53)
     */
    public static double toDouble(long units) {
        return Math.scalb((double) units, -SCALE_BITS);
    }
}
