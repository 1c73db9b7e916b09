package org.marketproof.market.mechanism.catalog;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/** The currency grid of the rounding mutants: amounts rounded half up to whole cents (0.01). */
final class Cents {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Cents() {
    }

    /** @return x rounded half up to a multiple of 0.01 */
    static BigFraction round(BigFraction x) {
        BigFraction scaled = x.multiply(100).add(BigFraction.of(1, 2));
        BigInteger cents = floorDiv(scaled.getNumerator(), scaled.getDenominator());
        return BigFraction.of(cents, HUNDRED);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
