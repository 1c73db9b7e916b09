package org.marketproof.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;

/** How exact numbers are printed: a decimal for reading, and the exact fraction for checking. */
public final class Decimals {

    /** Significant digits of printed decimals. */
    private static final MathContext DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /**
     * @param x the exact number
     * @return {@code x} rounded half-even to 15 significant digits, plain notation when short
     */
    public static String decimal(BigFraction x) {
        BigDecimal d = new BigDecimal(x.getNumerator()).divide(new BigDecimal(x.getDenominator()), DIGITS);
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() <= 0 || stripped.precision() - stripped.scale() > -6
                ? stripped.toPlainString() : stripped.toString();
    }

    /**
     * @param x the exact number
     * @return {@code numerator/denominator} in lowest terms, or the integer
     */
    public static String fraction(BigFraction x) {
        return x.getDenominator().equals(java.math.BigInteger.ONE) ? x.getNumerator().toString()
                : x.getNumerator() + "/" + x.getDenominator();
    }
}
