package org.marketproof.competition;

import java.util.Locale;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;

/** Conversions, order and printing of the exact rationals of the exact layer. */
public final class Exact {
    private Exact() {}

    /**
     * @param x a finite double
     * @return the double's exact value (every finite double is a dyadic rational)
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    public static BigFraction of(double x) {
        return BigFraction.from(x);
    }

    /**
     * @param x the left operand
     * @param y the right operand
     * @return the sign of {@code x - y} (never {@code BigFraction.compareTo}: it misorders negatives)
     */
    public static int compare(BigFraction x, BigFraction y) {
        return FractionOrder.compare(x, y);
    }

    /**
     * @param x the rational to print for a reader
     * @return {@code x} as {@code p/q} when at most 25 characters, else its value to 12 significant
     *     digits and its size
     */
    public static String show(BigFraction x) {
        String exact = x.getDenominator().equals(java.math.BigInteger.ONE) ? x.getNumerator().toString()
                : x.getNumerator() + "/" + x.getDenominator();
        if (exact.length() <= 25) {
            return exact;
        }
        return String.format(Locale.ROOT, "%.12g (a rational of %d digits)", x.doubleValue(), exact.length());
    }

    /**
     * @param x the rational to write
     * @return {@code x} as text that {@link #parse} reads back exactly: {@code p/q} or {@code p}
     */
    public static String write(BigFraction x) {
        return x.getDenominator().equals(java.math.BigInteger.ONE) ? x.getNumerator().toString()
                : x.getNumerator() + "/" + x.getDenominator();
    }

    /**
     * @param text {@code p/q} or {@code p} in decimal integers
     * @return the rational
     * @throws NumberFormatException if the text is not of that form or {@code q} is zero
     */
    public static BigFraction parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return BigFraction.of(new java.math.BigInteger(text.strip()));
        }
        java.math.BigInteger q = new java.math.BigInteger(text.substring(slash + 1).strip());
        if (q.signum() == 0) {
            throw new NumberFormatException("zero denominator");
        }
        return BigFraction.of(new java.math.BigInteger(text.substring(0, slash).strip()), q);
    }
}
